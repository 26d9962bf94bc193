window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013808037805522953",
      "updatedAt" : "2026-01-21T02:57:05.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013808039302275079"
      },
      "createdAt" : "2026-01-21T02:57:05.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "v0.9 release notes, the human-readable version:\n\n- Typed tool schemas: tools are declared with input/output types, and the runtime validates every call. About 40% of the agent failures in our issue tracker were malformed tool calls; this catches them before they hit your API.\n- Step budgets: a hard cap on model calls and tool calls per task, plus a cost cap in dollars. No more $18 runaway loops (hi @maya_builds).\n- Replay debugger: every run is recorded with model inputs, outputs and tool results. You can replay a run deterministically, change one step, and re-run from there.\n- Human approval hooks: mark any tool as \"needs approval\" and the agent pauses with a diff of what it wants to do.\n\nBreaking change: the old string-based tool API is gone. Migration guide in the repo. Thanks to the 61 contributors this cycle. #agents #OpenSource",
        "mentions" : [
          {
            "screenName" : "maya_builds",
            "fromIndex" : "402",
            "toIndex" : "414"
          }
        ],
        "cashtags" : [],
        "hashtags" : [
          {
            "text" : "agents",
            "fromIndex" : "826",
            "toIndex" : "833"
          },
          {
            "text" : "OpenSource",
            "fromIndex" : "834",
            "toIndex" : "845"
          }
        ]
      }
    }
  }
]