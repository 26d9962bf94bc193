window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013401688990916620",
      "updatedAt" : "2026-01-20T00:02:24.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013401687785259013"
      },
      "createdAt" : "2026-01-20T00:02:24.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Thursday issue preview, the long version:\n\nOPEN WEIGHTS: Tessel-70B (Apache-2.0) and Qingqiong's 236B MoE landed in the same week. The open/closed gap on knowledge tasks is under a point; on agentic coding it's still 8-10 points.\n\nCOMPUTE: H100 rentals near $2/hr, B200s scarce, HBM sold out. Cheap old compute, expensive new compute.\n\nPOLICY: the export-control update is mostly about cloud KYC. Chinese labs keep shipping regardless.\n\nMONEY: Corvid at $6B on ~$90M ARR. Half my readers think it's a bubble, half think it's cheap.\n\nEVALS: @lena_evals showed frontier models dropping 30-50 points on post-cutoff tasks. If you read one thing this week, read that.\n\nJOBS: junior dev postings down ~28% from 2023. @jobs_jonah has the nuance.\n\nSee you Thursday. #AI #newsletter",
        "mentions" : [
          {
            "screenName" : "lena_evals",
            "fromIndex" : "540",
            "toIndex" : "551"
          },
          {
            "screenName" : "jobs_jonah",
            "fromIndex" : "711",
            "toIndex" : "722"
          }
        ],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "AI",
            "fromIndex" : "758",
            "toIndex" : "761"
          },
          {
            "text" : "newsletter",
            "fromIndex" : "762",
            "toIndex" : "773"
          }
        ]
      }
    }
  }
]