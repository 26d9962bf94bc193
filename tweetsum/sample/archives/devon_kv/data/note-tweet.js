window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013678853168422918",
      "updatedAt" : "2026-01-20T18:23:45.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013678854346674181"
      },
      "createdAt" : "2026-01-20T18:23:45.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Since a lot of people asked after my KV cache post, here is the longer version of how we budget GPU memory for an inference node.\n\n1) Weights first. A 70B model at fp8 is ~70 GB. On an 8x H100 node with tensor parallel 8, that's under 9 GB per GPU.\n2) Activation + CUDA graphs + fragmentation headroom: we reserve ~10% of HBM and never touch it.\n3) Everything else is KV cache. With fp8 KV and GQA, that's ~160 KB per token, so the node holds roughly 3M tokens of cache.\n4) Now divide by your real context distribution, not the max. Our p50 request is 3.1k tokens, p99 is 41k. Budgeting for p99 on every request would cut concurrency by more than 10x.\n\nThe lesson: admission control + eviction policy matter as much as the kernel. A scheduler that knows how long requests will run is worth more than a 15% faster attention kernel. #inference #LLM",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "inference",
            "fromIndex" : "831",
            "toIndex" : "841"
          },
          {
            "text" : "LLM",
            "fromIndex" : "842",
            "toIndex" : "846"
          }
        ]
      }
    }
  }
]