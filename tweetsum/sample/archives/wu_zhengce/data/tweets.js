window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014244005962784771"
          ],
          "editableUntil" : "2026-01-22T08:49:28.542Z",
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
        "54"
      ],
      "favorite_count" : "48",
      "id_str" : "2014244005962784771",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014244005962784771",
      "created_at" : "Thu Jan 22 07:49:28 +0000 2026",
      "favorited" : false,
      "full_text" : "算法备案数量已经过千，但真正的难点在备案后的持续监管。模型更新一次要不要重新备案？各地执行口径还不完全统一。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013877427624124424"
          ],
          "editableUntil" : "2026-01-21T08:32:49.935Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI治理",
            "indices" : [
              "60",
              "65"
            ]
          },
          {
            "text" : "政策",
            "indices" : [
              "66",
              "69"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "25",
      "id_str" : "2013877427624124424",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013877427624124424",
      "created_at" : "Wed Jan 21 07:32:49 +0000 2026",
      "favorited" : false,
      "full_text" : "新的生成式 AI 内容标识规定开始执行，AI 生成的图片、视频需要加显式和隐式标识。对短视频平台影响最大，合规成本不低。#AI治理 #政策",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013838790353031179"
          ],
          "editableUntil" : "2026-01-21T05:59:17.308Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI治理",
            "indices" : [
              "52",
              "57"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "14",
      "id_str" : "2013838790353031179",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013838790353031179",
      "created_at" : "Wed Jan 21 04:59:17 +0000 2026",
      "favorited" : false,
      "full_text" : "各地陆续出台支持 AI 产业的政策，补贴算力券、数据券的城市已经有二十多个。政策很热，但要警惕重复建设。#AI治理",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013812628321890312"
          ],
          "editableUntil" : "2026-01-21T04:15:20.606Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "claire_legal",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2901582853",
            "id" : "2901582853"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "74"
      ],
      "favorite_count" : "15",
      "id_str" : "2013812628321890312",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013812628321890312",
      "created_at" : "Wed Jan 21 03:15:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@claire_legal 代理行为的责任归属在国内也开始讨论了。目前的主流观点和您一样：Agent 代表谁行事，责任就由谁承担，平台承担审慎义务。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013775003173052430",
      "in_reply_to_status_id" : "2013775003173052430",
      "in_reply_to_user_id" : "2901582853",
      "in_reply_to_user_id_str" : "2901582853",
      "in_reply_to_screen_name" : "claire_legal"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013632710470025220"
          ],
          "editableUntil" : "2026-01-20T16:20:24.401Z",
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
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2013632710470025220",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013632710470025220",
      "created_at" : "Tue Jan 20 15:20:24 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @priya_policy: Longer breakdown of the new export-control rule, since the headlines are confusing people:\n\nWhat changed:\n- Performance…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013614045275308045"
          ],
          "editableUntil" : "2026-01-20T15:06:14.252Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "claire_legal",
            "indices" : [
              "57",
              "70"
            ],
            "id_str" : "2901582853",
            "id" : "2901582853"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "12",
      "id_str" : "2013614045275308045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013614045275308045",
      "created_at" : "Tue Jan 20 14:06:14 +0000 2026",
      "favorited" : false,
      "full_text" : "欧盟 AI 法案和国内的管理办法思路不太一样：欧盟按风险分级，国内更强调备案和内容安全。出海企业两套规则都要应对。@claire_legal",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013587212995416073"
          ],
          "editableUntil" : "2026-01-20T13:19:36.898Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "就业",
            "indices" : [
              "56",
              "59"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "13",
      "id_str" : "2013587212995416073",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013587212995416073",
      "created_at" : "Tue Jan 20 12:19:36 +0000 2026",
      "favorited" : false,
      "full_text" : "AI 对就业的影响需要更细的数据。目前的统计口径很难区分“因为 AI 减少的岗位”和“因为经济周期减少的岗位”。#就业",
      "lang" : "zh"
    }
  }
]