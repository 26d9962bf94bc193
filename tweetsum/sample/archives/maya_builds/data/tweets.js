window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014438069808848897"
          ],
          "editableUntil" : "2026-01-22T21:40:36.862Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "43",
      "id_str" : "2014438069808848897",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014438069808848897",
      "created_at" : "Thu Jan 22 20:40:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Ran 12k along the canal before the snow started. Legs are toast, coffee is earned.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014312295975309318"
          ],
          "editableUntil" : "2026-01-22T13:20:50.936Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BXznEuMX0v",
            "expanded_url" : "https://twitter.com/will_walls/status/2014232847307526148",
            "display_url" : "twitter.com/will_walls/stat…",
            "indices" : [
              "191",
              "214"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "22",
      "id_str" : "2014312295975309318",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014312295975309318",
      "created_at" : "Thu Jan 22 12:20:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Strongly agree. We added an \"undo window\" to every write action our agent takes (10 minutes, one click). It has been used 37 times in two weeks. That's 37 support escalations we didn't have. https://t.co/BXznEuMX0v",
      "lang" : "en",
      "quoted_status_id_str" : "2014232847307526148"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014311471898853390"
          ],
          "editableUntil" : "2026-01-22T13:17:33.031Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "246"
      ],
      "favorite_count" : "206",
      "id_str" : "2014311471898853390",
      "truncated" : false,
      "retweet_count" : "60",
      "id" : "2014311471898853390",
      "created_at" : "Thu Jan 22 12:17:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Hot take: most \"agent failures\" I debug are not reasoning failures, they're stale tool schemas. The model calls update_order(id, status) and the API moved to a PATCH with a JSON body three weeks ago. Version your tools like you version your APIs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014202795793858574"
          ],
          "editableUntil" : "2026-01-22T06:05:43.552Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "223",
              "226"
            ]
          },
          {
            "text" : "agents",
            "indices" : [
              "227",
              "234"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "99",
      "id_str" : "2014202795793858574",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2014202795793858574",
      "created_at" : "Thu Jan 22 05:05:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Spent the morning splitting our support agent from one giant prompt into a planner + 4 tool-specific workers. Resolution on the replay set went from 61% to 74%, but p95 latency doubled. Not sure that trade is worth it yet. #AI #agents",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013944771989823503"
          ],
          "editableUntil" : "2026-01-21T13:00:25.261Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LLM",
            "indices" : [
              "169",
              "173"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "55",
      "id_str" : "2013944771989823503",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013944771989823503",
      "created_at" : "Wed Jan 21 12:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder that \"the agent can browse\" and \"the agent can reliably fill in a 3-page insurance form\" are very different claims. We're at ~55% on the second one internally. #LLM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013930457095909384"
          ],
          "editableUntil" : "2026-01-21T12:03:32.630Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "36",
      "id_str" : "2013930457095909384",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013930457095909384",
      "created_at" : "Wed Jan 21 11:03:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Weekend project: a tiny agent that reads my calendar and drafts \"can we move this?\" emails. It picked the right meetings to move 8 times out of 10. Both misses were with my manager, so I'm still reviewing every draft.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013869371636994059"
          ],
          "editableUntil" : "2026-01-21T08:00:48.206Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Adam Kowalski",
            "screen_name" : "adam_audits",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "973675701861608843",
            "id" : "973675701861608843"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2013869371636994059",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2013869371636994059",
      "created_at" : "Wed Jan 21 07:00:48 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @adam_audits: Ran a red-team exercise on a customer's internal agent. It could be convinced, via an email it was summarizing, to forward…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013846318407655433"
          ],
          "editableUntil" : "2026-01-21T06:29:12.647Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "249",
      "id_str" : "2013846318407655433",
      "truncated" : false,
      "retweet_count" : "50",
      "id" : "2013846318407655433",
      "created_at" : "Wed Jan 21 05:29:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Our agent now asks a clarifying question when confidence is low instead of guessing. Task success +6 pts, user satisfaction +11 pts. People don't mind one question. They mind a confident wrong answer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013726833600286731"
          ],
          "editableUntil" : "2026-01-20T22:34:25.281Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "200",
      "id_str" : "2013726833600286731",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2013726833600286731",
      "created_at" : "Tue Jan 20 21:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Our agent's biggest cost isn't tokens, it's retries on flaky third-party APIs. 31% of spend last week came from calls that failed and got retried. Fixing the flaky integrations saved more than switching models would have.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013705829740183565"
          ],
          "editableUntil" : "2026-01-20T21:10:57.879Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "178",
              "189"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "324",
      "id_str" : "2013705829740183565",
      "truncated" : false,
      "retweet_count" : "59",
      "id" : "2013705829740183565",
      "created_at" : "Tue Jan 20 20:10:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Corvid's new agent SDK ships with built-in retries and a step budget. Finally. Our homegrown loop once retried a failing search call 40 times and burned $18 in a single session. @ivy_agents how does yours handle backoff?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013579926599503877"
          ],
          "editableUntil" : "2026-01-20T12:50:39.350Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "agents",
            "indices" : [
              "216",
              "223"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "182",
      "id_str" : "2013579926599503877",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013579926599503877",
      "created_at" : "Tue Jan 20 11:50:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Eval tip for agent teams: log the full trajectory, not just the final answer. Half of our \"correct\" outcomes last month took a path that would have emailed the wrong customer if the data had been slightly different. #agents",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013540615941091334"
          ],
          "editableUntil" : "2026-01-20T10:14:27.075Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "173",
      "id_str" : "2013540615941091334",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "2013540615941091334",
      "created_at" : "Tue Jan 20 09:14:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Unpopular: a 200-line deterministic workflow with one LLM call in the middle beats a \"fully autonomous agent\" for most business processes. Save autonomy for the steps that actually need judgment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013438116145356805"
          ],
          "editableUntil" : "2026-01-20T03:27:09.009Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "213"
      ],
      "favorite_count" : "189",
      "id_str" : "2013438116145356805",
      "truncated" : false,
      "retweet_count" : "55",
      "id" : "2013438116145356805",
      "created_at" : "Tue Jan 20 02:27:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@ivy_agents the replay debugger is exactly what I was missing last quarter. Stepping through a 30-step trajectory with the real tool outputs beats reading 4 MB of JSON logs. Trying it on our support agent tonight.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013411669372973066",
      "in_reply_to_status_id" : "2013411669372973066",
      "in_reply_to_user_id" : "1040729687588814898",
      "in_reply_to_user_id_str" : "1040729687588814898",
      "in_reply_to_screen_name" : "ivy_agents"
    }
  }
]