window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013444672300478474",
      "updatedAt" : "2026-01-20T02:53:12.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013444670118400015"
      },
      "createdAt" : "2026-01-20T02:53:12.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "A few lessons from getting Loomwright to $1M ARR, for anyone building an AI product for small businesses:\n\n- Sell the outcome, not the technology. Our customers are restaurant owners. They care about closed books and fewer surprises from their accountant.\n- Route models aggressively. 80% of our requests go to a fine-tuned 8B model. Frontier models handle the weird cases. Gross margin went from 52% to 78%.\n- Integrations are the moat. Anyone can call a model API. Nobody wants to deal with 14 different point-of-sale exports.\n- Keep a human in the loop where money moves. Every categorization above $2,000 gets a human check. Customers trust us because of it.\n- Measure edits. When a customer re-categorizes a transaction, that's training data and a bug report at once.\n\nNext goal: $3M ARR without doubling the team. #startups #AI",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "startups",
            "fromIndex" : "820",
            "toIndex" : "829"
          },
          {
            "text" : "AI",
            "fromIndex" : "830",
            "toIndex" : "833"
          }
        ]
      }
    }
  }
]