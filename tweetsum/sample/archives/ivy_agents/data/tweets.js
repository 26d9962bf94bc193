window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014426377031737356"
          ],
          "editableUntil" : "2026-01-22T20:54:09.134Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "agents",
            "indices" : [
              "184",
              "191"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "100",
      "id_str" : "2014426377031737356",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2014426377031737356",
      "created_at" : "Thu Jan 22 19:54:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Multi-agent setups: in our tests, 1 strong agent with good tools beats 5 specialized agents talking to each other on 70% of tasks. The other 30% are genuinely parallel research tasks. #agents",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014342933252403206"
          ],
          "editableUntil" : "2026-01-22T15:22:34.247Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "181",
      "id_str" : "2014342933252403206",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2014342933252403206",
      "created_at" : "Thu Jan 22 14:22:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Most common question in our Discord: \"Which model should I use for my agent?\" Most common correct answer: the cheapest one that passes your evals. Nobody likes that answer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013921603846332417"
          ],
          "editableUntil" : "2026-01-21T11:28:21.967Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "10",
      "id_str" : "2013921603846332417",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013921603846332417",
      "created_at" : "Wed Jan 21 10:28:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Tool protocols are winning because they're boring: a JSON schema, a transport, done. The fancy agent standards with 40-page specs are losing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013808039302275079"
          ],
          "editableUntil" : "2026-01-21T03:57:05.933Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fm1IKBmCcl",
            "expanded_url" : "https://twitter.com/i/web/status/2013808039302275079",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "239",
              "262"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "262"
      ],
      "favorite_count" : "370",
      "id_str" : "2013808039302275079",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "2013808039302275079",
      "created_at" : "Wed Jan 21 02:57:05 +0000 2026",
      "favorited" : false,
      "full_text" : "v0.9 release notes, the human-readable version:\n\n- Typed tool schemas: tools are declared with input/output types, and the runtime validates every call. About 40% of the agent failures in our issue tracker were malformed tool calls; this… https://t.co/fm1IKBmCcl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013768527755538442"
          ],
          "editableUntil" : "2026-01-21T01:20:05.872Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "韩智能体",
            "screen_name" : "han_agent",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1495952730227284799",
            "id" : "1495952730227284799"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "187"
      ],
      "favorite_count" : "49",
      "id_str" : "2013768527755538442",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013768527755538442",
      "created_at" : "Wed Jan 21 00:20:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@han_agent yes, very similar. Merging agents and investing in tools fixed most of our issues. The multi-agent cases that survived are fan-out research: 5 searches in parallel, one writer.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013697925925851146",
      "in_reply_to_status_id" : "2013697925925851146",
      "in_reply_to_user_id" : "1495952730227284799",
      "in_reply_to_user_id_str" : "1495952730227284799",
      "in_reply_to_screen_name" : "han_agent"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013716985899413516"
          ],
          "editableUntil" : "2026-01-20T21:55:17.286Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "maya_builds",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2314568933",
            "id" : "2314568933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "203"
      ],
      "favorite_count" : "148",
      "id_str" : "2013716985899413516",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013716985899413516",
      "created_at" : "Tue Jan 20 20:55:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_builds exponential backoff with jitter, capped at 3 retries per tool plus a global step budget. Every retry is logged as its own step, so it shows up in the trace instead of hiding inside one call.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013705829740183565",
      "in_reply_to_status_id" : "2013705829740183565",
      "in_reply_to_user_id" : "2314568933",
      "in_reply_to_user_id_str" : "2314568933",
      "in_reply_to_screen_name" : "maya_builds"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013604873166032909"
          ],
          "editableUntil" : "2026-01-20T14:29:47.845Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "maya_builds",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "2314568933",
            "id" : "2314568933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "2013604873166032909",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013604873166032909",
      "created_at" : "Tue Jan 20 13:29:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @maya_builds: Eval tip for agent teams: log the full trajectory, not just the final answer. Half of our \"correct\" outcomes last month…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013419965697077257"
          ],
          "editableUntil" : "2026-01-20T02:15:02.899Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "34",
      "id_str" : "2013419965697077257",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013419965697077257",
      "created_at" : "Tue Jan 20 01:15:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Agent memory is mostly a retrieval problem in a trench coat. \"Long-term memory\" in most products = a vector store + a summary. Works fine until two memories contradict each other.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013411669372973066"
          ],
          "editableUntil" : "2026-01-20T01:42:04.355Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "agents",
            "indices" : [
              "204",
              "211"
            ]
          },
          {
            "text" : "OpenSource",
            "indices" : [
              "212",
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
      "favorite_count" : "215",
      "id_str" : "2013411669372973066",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2013411669372973066",
      "created_at" : "Tue Jan 20 00:42:04 +0000 2026",
      "favorited" : false,
      "full_text" : "We shipped v0.9 of our open-source agent framework: typed tool schemas, step budgets, and a replay debugger. The replay debugger is the feature I'd fight for. Reproducing an agent bug used to take hours. #agents #OpenSource",
      "lang" : "en"
    }
  }
]