window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014441617895088141"
          ],
          "editableUntil" : "2026-01-22T21:54:42.980Z",
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
        "64"
      ],
      "favorite_count" : "16",
      "id_str" : "2014441617895088141",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014441617895088141",
      "created_at" : "Thu Jan 22 20:54:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@han_agent 83% 已经很不错了。验证码这块你们是转人工还是让用户自己点？我们测下来让用户在手机上点一下，流失率最低。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014377011656601605",
      "in_reply_to_status_id" : "2014377011656601605",
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
            "2014219426235478031"
          ],
          "editableUntil" : "2026-01-22T07:11:48.420Z",
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
              "58",
              "61"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "12",
      "id_str" : "2014219426235478031",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014219426235478031",
      "created_at" : "Thu Jan 22 06:11:48 +0000 2026",
      "favorited" : false,
      "full_text" : "用户调研发现：超过六成的中小商家用 AI 写商品描述，但只有不到两成敢让 AI 直接回复客户。信任是一点点攒出来的。#AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014158232199401484"
          ],
          "editableUntil" : "2026-01-22T03:08:38.134Z",
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
        "66"
      ],
      "favorite_count" : "21",
      "id_str" : "2014158232199401484",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014158232199401484",
      "created_at" : "Thu Jan 22 02:08:38 +0000 2026",
      "favorited" : false,
      "full_text" : "AI 产品的定价越来越难做。按次收费用户嫌贵，包月收费重度用户又会把成本吃光。我们最后选了“基础包月 + 超量按次”，投诉少了很多。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014132827965767682"
          ],
          "editableUntil" : "2026-01-22T01:27:41.600Z",
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
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "id_str" : "2014132827965767682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014132827965767682",
      "created_at" : "Thu Jan 22 00:27:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@han_agent 你们那个订票 Agent 上线后退改签场景的准确率怎么样？我们试点的版本在这块错误率还是太高，不敢全量。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014046504868782087"
          ],
          "editableUntil" : "2026-01-21T19:44:40.931Z",
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
              "90",
              "93"
            ]
          },
          {
            "text" : "产品经理",
            "indices" : [
              "94",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "21",
      "id_str" : "2014046504868782087",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014046504868782087",
      "created_at" : "Wed Jan 21 18:44:40 +0000 2026",
      "favorited" : false,
      "full_text" : "做了三个月的 AI 客服产品，最大的感受：用户根本不在乎你用的是哪个大模型，只在乎问题有没有一次解决。一次解决率从 52% 做到 71%，靠的不是换模型，是把知识库重新整理了一遍。#AI #产品经理",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013765952025153538"
          ],
          "editableUntil" : "2026-01-21T01:09:51.720Z",
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
        "61"
      ],
      "favorite_count" : "26",
      "id_str" : "2013765952025153538",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013765952025153538",
      "created_at" : "Wed Jan 21 00:09:51 +0000 2026",
      "favorited" : false,
      "full_text" : "今天评审了一个“全能 Agent”的需求，功能列表写了四十多项。我只问了一个问题：哪一项用户每天都会用？会议室安静了十秒。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013696432347959301"
          ],
          "editableUntil" : "2026-01-20T20:33:36.476Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIGC",
            "indices" : [
              "65",
              "70"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郭视频 AIGC",
            "screen_name" : "guo_shipin",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1443826096274115917",
            "id" : "1443826096274115917"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "2013696432347959301",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013696432347959301",
      "created_at" : "Tue Jan 20 19:33:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @guo_shipin: 现在做 AI 短剧的团队越来越多，平台要求必须标注 AI 生成。标注之后播放量平均下降了两成左右。#AIGC",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013542480125820939"
          ],
          "editableUntil" : "2026-01-20T10:21:51.102Z",
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
            "url" : "https://t.co/zDQlhUN5qT",
            "expanded_url" : "https://twitter.com/june_pm/status/2013426431135313923",
            "display_url" : "twitter.com/june_pm/status/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "31",
      "id_str" : "2013542480125820939",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013542480125820939",
      "created_at" : "Tue Jan 20 09:21:51 +0000 2026",
      "favorited" : false,
      "full_text" : "太真实了。我们的数据也一样：一键总结的使用率是对话框的五倍以上。用户要的是按钮，不是聊天。 https://t.co/zDQlhUN5qT",
      "lang" : "zh",
      "quoted_status_id_str" : "2013426431135313923"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013512838439161867"
          ],
          "editableUntil" : "2026-01-20T08:24:04.779Z",
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
        "36"
      ],
      "favorite_count" : "46",
      "id_str" : "2013512838439161867",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013512838439161867",
      "created_at" : "Tue Jan 20 07:24:04 +0000 2026",
      "favorited" : false,
      "full_text" : "北京今天零下九度，风大得能把人吹走。中午去吃了碗羊肉汤，整个人活过来了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013423858564739085"
          ],
          "editableUntil" : "2026-01-20T02:30:30.086Z",
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
        "64"
      ],
      "favorite_count" : "7",
      "id_str" : "2013423858564739085",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013423858564739085",
      "created_at" : "Tue Jan 20 01:30:30 +0000 2026",
      "favorited" : false,
      "full_text" : "产品经理的新功课：给每个 AI 功能写“失败预案”。模型答错了怎么办？用户不满意怎么转人工？这些比 Prompt 本身重要得多。",
      "lang" : "zh"
    }
  }
]