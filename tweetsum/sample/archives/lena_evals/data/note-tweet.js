window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013815561199337484",
      "updatedAt" : "2026-01-21T03:26:59.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013815562348838921"
      },
      "createdAt" : "2026-01-21T03:26:59.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "A few people asked how we build the held-out set that gave those 41-63% numbers. Roughly:\n\n1. Every task comes from a real internal repo, written by an engineer after the latest model cutoff we test.\n2. Each task has a hidden test suite the model never sees, plus a human-written reference solution.\n3. We strip anything searchable: no public issue text, no copied error messages.\n4. Each model gets 5 attempts; we report pass@1 mean and the spread, not the best run.\n5. 20% of tasks are retired every quarter and replaced.\n\nIt costs us about 3 engineer-weeks per quarter. That's cheap compared to picking the wrong model for a product that ships to millions of users. If you're choosing vendors off a public leaderboard alone, you're outsourcing a decision you'll own. #evals #LLM",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "evals",
            "fromIndex" : "770",
            "toIndex" : "776"
          },
          {
            "text" : "LLM",
            "fromIndex" : "777",
            "toIndex" : "781"
          }
        ]
      }
    }
  }
]