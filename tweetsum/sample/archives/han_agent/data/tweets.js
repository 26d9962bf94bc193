window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014482291224014859"
          ],
          "editableUntil" : "2026-01-23T00:36:20.025Z",
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
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2014482291224014859",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2014482291224014859",
      "created_at" : "Thu Jan 22 23:36:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ivy_agents: Multi-agent setups: in our tests, 1 strong agent with good tools beats 5 specialized agents talking to each other on 70% of…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014441905632247818"
          ],
          "editableUntil" : "2026-01-22T21:55:51.446Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "智能体",
            "indices" : [
              "47",
              "51"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "id_str" : "2014441905632247818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014441905632247818",
      "created_at" : "Thu Jan 22 20:55:51 +0000 2026",
      "favorited" : false,
      "full_text" : "做 Agent 的一个经验：每一步操作都要能回滚。尤其是涉及支付的操作，一定要有人工确认环节。#智能体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014377011656601605"
          ],
          "editableUntil" : "2026-01-22T17:37:59.434Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Agent",
            "indices" : [
              "76",
              "82"
            ]
          },
          {
            "text" : "智能体",
            "indices" : [
              "83",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "35",
      "id_str" : "2014377011656601605",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014377011656601605",
      "created_at" : "Thu Jan 22 16:37:59 +0000 2026",
      "favorited" : false,
      "full_text" : "我们的订票 Agent 上线一个月：成功完成订单的比例是 83%，失败主要在验证码和航司页面改版。Agent 最难的不是推理，是和真实世界的网页打交道。#Agent #智能体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014194571252035590"
          ],
          "editableUntil" : "2026-01-22T05:33:02.263Z",
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
            "name" : "林晓 | AI产品",
            "screen_name" : "xiaolin_ai",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "860090787035536369",
            "id" : "860090787035536369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "65"
      ],
      "favorite_count" : "4",
      "id_str" : "2014194571252035590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014194571252035590",
      "created_at" : "Thu Jan 22 04:33:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@xiaolin_ai 退改签我们目前也只做到 70% 左右，每家航司规则都不一样，政策还经常变。现在复杂情况直接转人工，不硬撑。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014132827965767682",
      "in_reply_to_status_id" : "2014132827965767682",
      "in_reply_to_user_id" : "860090787035536369",
      "in_reply_to_user_id_str" : "860090787035536369",
      "in_reply_to_screen_name" : "xiaolin_ai"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014073394522161157"
          ],
          "editableUntil" : "2026-01-21T21:31:31.106Z",
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
        "77"
      ],
      "favorite_count" : "19",
      "id_str" : "2014073394522161157",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014073394522161157",
      "created_at" : "Wed Jan 21 20:31:31 +0000 2026",
      "favorited" : false,
      "full_text" : "今天 Agent 出了个好笑的 bug：用户让它订“最便宜的机票”，它订了凌晨四点起飞、转机两次的航班，完全符合要求。需求要写清楚，对人对 AI 都一样。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013966545287151626"
          ],
          "editableUntil" : "2026-01-21T14:26:56.867Z",
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
        "62"
      ],
      "favorite_count" : "33",
      "id_str" : "2013966545287151626",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013966545287151626",
      "created_at" : "Wed Jan 21 13:26:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Agent 的成本问题：一个复杂任务平均调用模型 30 多次，单次任务成本两到三块钱。要规模化，必须把每次调用的成本降下来。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013810459839967243"
          ],
          "editableUntil" : "2026-01-21T04:06:43.865Z",
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
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2013810459839967243",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "2013810459839967243",
      "created_at" : "Wed Jan 21 03:06:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ivy_agents: v0.9 release notes, the human-readable version:\n\n- Typed tool schemas: tools are declared with input/output types, and the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013697925925851146"
          ],
          "editableUntil" : "2026-01-20T20:39:32.106Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "58",
              "69"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "23",
      "id_str" : "2013697925925851146",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013697925925851146",
      "created_at" : "Tue Jan 20 19:39:32 +0000 2026",
      "favorited" : false,
      "full_text" : "多智能体协作听起来很美，实际调试起来是噩梦。我们最后把五个 Agent 合并成了一个，加了更好的工具，效果反而更好。@ivy_agents 你们的经验是不是类似？",
      "lang" : "zh"
    }
  }
]