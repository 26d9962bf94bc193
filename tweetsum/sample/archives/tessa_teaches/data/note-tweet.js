window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2014273250838544391",
      "updatedAt" : "2026-01-22T09:45:41.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2014273252022706183"
      },
      "createdAt" : "2026-01-22T09:45:41.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Several teachers messaged me asking for our department's AI policy, so here's the short version we landed on after a term of trial and error:\n\n1. AI is allowed for brainstorming, feedback on drafts, and explaining concepts.\n2. AI is not allowed to produce the final submitted text unless the task says so.\n3. Every major essay includes an in-class outline and a 5-minute oral defense. That's where most of the grade lives.\n4. We don't use AI detectors for discipline. Ever. False positives land hardest on ESL students.\n5. Students keep a short log: what they asked, what they changed, and why.\n\nResult after one term: fewer integrity cases, better discussions, and students who can explain their own arguments. Workload went up for the first month and then settled. Happy to share templates. #AIinEducation #edtech",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "AIinEducation",
            "fromIndex" : "793",
            "toIndex" : "807"
          },
          {
            "text" : "edtech",
            "fromIndex" : "808",
            "toIndex" : "815"
          }
        ]
      }
    }
  }
]