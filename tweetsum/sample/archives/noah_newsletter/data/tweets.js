window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014487492803444746"
          ],
          "editableUntil" : "2026-01-23T00:57:00.535Z",
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
            "name" : "Raj Iyer",
            "screen_name" : "raj_infra",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2316258596",
            "id" : "2316258596"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "83"
      ],
      "favorite_count" : "238",
      "id_str" : "2014487492803444746",
      "truncated" : false,
      "retweet_count" : "48",
      "id" : "2014487492803444746",
      "created_at" : "Thu Jan 22 23:57:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@raj_infra mind if I use these numbers in Thursday's issue? With credit, of course.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014485777619697673",
      "in_reply_to_status_id" : "2014485777619697673",
      "in_reply_to_user_id" : "2316258596",
      "in_reply_to_user_id_str" : "2316258596",
      "in_reply_to_screen_name" : "raj_infra"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014386230669570059"
          ],
          "editableUntil" : "2026-01-22T18:14:37.563Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Agent",
            "indices" : [
              "91",
              "97"
            ]
          },
          {
            "text" : "智能体",
            "indices" : [
              "98",
              "102"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "韩智能体",
            "screen_name" : "han_agent",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1495952730227284799",
            "id" : "1495952730227284799"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "2014386230669570059",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014386230669570059",
      "created_at" : "Thu Jan 22 17:14:37 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @han_agent: 我们的订票 Agent 上线一个月：成功完成订单的比例是 83%，失败主要在验证码和航司页面改版。Agent 最难的不是推理，是和真实世界的网页打交道。#Agent #智能体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014360808878714894"
          ],
          "editableUntil" : "2026-01-22T16:33:36.738Z",
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
              "109",
              "113"
            ]
          },
          {
            "text" : "evals",
            "indices" : [
              "114",
              "120"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/puALsBJY9x",
            "expanded_url" : "https://twitter.com/lena_evals/status/2014292842322792455",
            "display_url" : "twitter.com/lena_evals/stat…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "191",
      "id_str" : "2014360808878714894",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2014360808878714894",
      "created_at" : "Thu Jan 22 15:33:36 +0000 2026",
      "favorited" : false,
      "full_text" : "The single most important chart of the week, and it's a table in a tweet. Leading my Thursday issue with it. #LLM #evals https://t.co/puALsBJY9x",
      "lang" : "en",
      "quoted_status_id_str" : "2014292842322792455"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014353164200402951"
          ],
          "editableUntil" : "2026-01-22T16:03:13.448Z",
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
              "189",
              "192"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "110",
      "id_str" : "2014353164200402951",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2014353164200402951",
      "created_at" : "Thu Jan 22 15:03:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Reader survey results (n=2,140): 58% use an AI assistant at work daily, 21% pay for one personally, and 64% say their employer has no written AI policy. That last number surprised me most. #AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014305475900723204"
          ],
          "editableUntil" : "2026-01-22T12:53:44.699Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "美股",
            "indices" : [
              "78",
              "81"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "82",
              "85"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "28",
              "33"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "刘投资笔记",
            "screen_name" : "liu_touzi",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2364290399",
            "id" : "2364290399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2014305475900723204",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2014305475900723204",
      "created_at" : "Thu Jan 22 11:53:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @liu_touzi: 今天 AI 板块集体回调，$NVDA 跌了近 3%，但看了一圈基本面没有任何变化，就是资金在高位换手。短线情绪，不改长期逻辑。#美股 #AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014283913107271682"
          ],
          "editableUntil" : "2026-01-22T11:28:03.454Z",
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
        "160"
      ],
      "favorite_count" : "132",
      "id_str" : "2014283913107271682",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2014283913107271682",
      "created_at" : "Thu Jan 22 10:28:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Subscribers asked what I use day to day: one frontier model for writing feedback, one local 8B model to summarize ~300 RSS items, and a lot of human skepticism.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013950862535372807"
          ],
          "editableUntil" : "2026-01-21T13:24:37.842Z",
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
        "114"
      ],
      "favorite_count" : "53",
      "id_str" : "2013950862535372807",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013950862535372807",
      "created_at" : "Wed Jan 21 12:24:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Counted: 34 \"AI agent\" product launches in my inbox this week. Actual general availability with public pricing: 6.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013864030847770635"
          ],
          "editableUntil" : "2026-01-21T07:39:35.198Z",
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
            "name" : "Devon Park",
            "screen_name" : "devon_kv",
            "indices" : [
              "71",
              "80"
            ],
            "id_str" : "694725821988521704",
            "id" : "694725821988521704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "176",
      "id_str" : "2013864030847770635",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2013864030847770635",
      "created_at" : "Wed Jan 21 06:39:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Most-clicked link in my last issue was a post about KV cache sizing by @devon_kv. Readers want nuts and bolts, not hype.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013553920374685710"
          ],
          "editableUntil" : "2026-01-20T11:07:19.677Z",
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
            "name" : "Priya Raman",
            "screen_name" : "priya_policy",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1179514744",
            "id" : "1179514744"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "2013553920374685710",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2013553920374685710",
      "created_at" : "Tue Jan 20 10:07:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @priya_policy: New export-control rule, my quick read: thresholds now keyed to total processing performance AND memory bandwidth, and…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013448869526327297"
          ],
          "editableUntil" : "2026-01-20T04:09:53.207Z",
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
              "212",
              "215"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "184",
      "id_str" : "2013448869526327297",
      "truncated" : false,
      "retweet_count" : "51",
      "id" : "2013448869526327297",
      "created_at" : "Tue Jan 20 03:09:53 +0000 2026",
      "favorited" : false,
      "full_text" : "This week in AI, 5 things that mattered: 1) Tessel-70B open weights 2) export-control rule with cloud KYC 3) Corvid at $6B 4) H100 rentals near $2/hr 5) a real post-cutoff eval from Halcyon. Full issue tomorrow. #AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013401687785259013"
          ],
          "editableUntil" : "2026-01-20T01:02:24.191Z",
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
            "url" : "https://t.co/dYGLCSkJ7m",
            "expanded_url" : "https://twitter.com/i/web/status/2013401687785259013",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "246",
              "269"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "168",
      "id_str" : "2013401687785259013",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013401687785259013",
      "created_at" : "Tue Jan 20 00:02:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Thursday issue preview, the long version:\n\nOPEN WEIGHTS: Tessel-70B (Apache-2.0) and Qingqiong's 236B MoE landed in the same week. The open/closed gap on knowledge tasks is under a point; on agentic coding it's still 8-10 points.\n\nCOMPUTE: H100… https://t.co/dYGLCSkJ7m",
      "lang" : "en"
    }
  }
]