window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013584051874406400",
      "updatedAt" : "2026-01-20T12:07:03.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013584054209368067"
      },
      "createdAt" : "2026-01-20T12:07:03.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Longer breakdown of the new export-control rule, since the headlines are confusing people:\n\nWhat changed:\n- Performance thresholds now combine compute density and memory bandwidth, closing the \"cut-down chip\" route that worked last year.\n- Cloud providers must verify customers before giving access to large clusters from restricted jurisdictions. Think KYC for GPUs.\n- Training runs above a size threshold on US-origin hardware trigger a reporting duty.\n\nWhat didn't change:\n- Consumer GPUs are still out of scope.\n- Open-weight model publication is not restricted.\n\nWho it hurts most: mid-size clouds in third countries that resell capacity without knowing the end customer. Who it helps: large providers with compliance teams already in place. Expect a 60-90 day comment period and lots of lobbying on the cloud provisions. #policy #AI",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "policy",
            "fromIndex" : "827",
            "toIndex" : "834"
          },
          {
            "text" : "AI",
            "fromIndex" : "835",
            "toIndex" : "838"
          }
        ]
      }
    }
  }
]