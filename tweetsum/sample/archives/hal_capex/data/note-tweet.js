window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013408473241092107",
      "updatedAt" : "2026-01-20T00:29:21.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013408469856120832"
      },
      "createdAt" : "2026-01-20T00:29:21.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Longer thought on why I'm less worried about an AI capex \"bust\" than I was six months ago.\n\nThe bear case was simple: hyperscalers overbuild, utilization drops, prices crash, capex gets cut 30%, and the supply chain gets crushed. That was the 2001 fiber playbook.\n\nWhat's different: (1) most of this spend is funded from operating cash flow, not debt, at least at the big four. (2) Power is rationing the buildout for us. You can't overbuild what you can't energize. (3) Inference demand is compounding on top of training, so older GPUs are finding second lives.\n\nWhat would change my mind: neocloud debt stress, GPU rental prices falling below cash operating cost, or a big four CFO using the word \"rationalize\" on a call. Watching $MSFT and $META calls closely. #capex #AI",
        "mentions" : [],
        "cashtags" : [
          {
            "text" : "MSFT",
            "fromIndex" : "733",
            "toIndex" : "738"
          },
          {
            "text" : "META",
            "fromIndex" : "743",
            "toIndex" : "748"
          }
        ],
        "hashtags" : [
          {
            "text" : "capex",
            "fromIndex" : "764",
            "toIndex" : "770"
          },
          {
            "text" : "AI",
            "fromIndex" : "771",
            "toIndex" : "774"
          }
        ]
      }
    }
  }
]