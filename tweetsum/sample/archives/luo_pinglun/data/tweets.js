window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014287109228187648"
          ],
          "editableUntil" : "2026-01-22T11:40:45.900Z",
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
            "name" : "Will Harrington",
            "screen_name" : "will_walls",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "216037426",
            "id" : "216037426"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "61"
      ],
      "favorite_count" : "75",
      "id_str" : "2014287109228187648",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2014287109228187648",
      "created_at" : "Thu Jan 22 10:40:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@will_walls 说得对，信任层才是 Agent 落地的关键。能撤销、能审计、能限权，这三点做不到，企业不会放心用。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014232847307526148",
      "in_reply_to_status_id" : "2014232847307526148",
      "in_reply_to_user_id" : "216037426",
      "in_reply_to_user_id_str" : "216037426",
      "in_reply_to_screen_name" : "will_walls"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014227102657265673"
          ],
          "editableUntil" : "2026-01-22T07:42:18.328Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "59",
              "62"
            ]
          },
          {
            "text" : "大模型",
            "indices" : [
              "63",
              "67"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "17",
      "id_str" : "2014227102657265673",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014227102657265673",
      "created_at" : "Thu Jan 22 06:42:18 +0000 2026",
      "favorited" : false,
      "full_text" : "国内大模型价格战打了一年多，API 价格降了九成以上。用户是受益者，但不少创业公司已经撑不住了。行业洗牌会在今年完成。#AI #大模型",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014157779776712711"
          ],
          "editableUntil" : "2026-01-22T03:06:50.663Z",
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
        "56"
      ],
      "favorite_count" : "50",
      "id_str" : "2014157779776712711",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014157779776712711",
      "created_at" : "Thu Jan 22 02:06:50 +0000 2026",
      "favorited" : false,
      "full_text" : "科技公司年会季，今年几乎每家的主题都是 AI。但真正把 AI 写进年度 KPI 并且能量化考核的，我只见过两家。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013956250796515331"
          ],
          "editableUntil" : "2026-01-21T13:46:02.905Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "GOOGL",
            "indices" : [
              "0",
              "6"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "32",
      "id_str" : "2013956250796515331",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013956250796515331",
      "created_at" : "Wed Jan 21 12:46:02 +0000 2026",
      "favorited" : false,
      "full_text" : "$GOOGL 这次的模型发布挺扎实，但市场反应平淡。说明投资者对“模型又变强了”已经审美疲劳，现在只看商业化数据。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013822464855597065"
          ],
          "editableUntil" : "2026-01-21T04:54:25.640Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "开源",
            "indices" : [
              "51",
              "54"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WNFKJDbBoG",
            "expanded_url" : "https://twitter.com/zhao_kaiyuan/status/2013766883849269257",
            "display_url" : "twitter.com/zhao_kaiyuan/st…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "65",
      "id_str" : "2013822464855597065",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2013822464855597065",
      "created_at" : "Wed Jan 21 03:54:25 +0000 2026",
      "favorited" : false,
      "full_text" : "国产开源模型这一年的进步有目共睹。更重要的是协议越来越宽松，Apache-2.0 对企业用户非常友好。#开源 https://t.co/WNFKJDbBoG",
      "lang" : "zh",
      "quoted_status_id_str" : "2013766883849269257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013784441409085454"
          ],
          "editableUntil" : "2026-01-21T02:23:19.922Z",
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
            "name" : "江模型",
            "screen_name" : "jiang_moxing",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1326408174797710426",
            "id" : "1326408174797710426"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2013784441409085454",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013784441409085454",
      "created_at" : "Wed Jan 21 01:23:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @jiang_moxing: 回答一下评论区关于“过度思考”的问题，展开说说我们的观察：\n\n我们用同一个推理模型，在 800 道数学题上强制设定不同的思考预算，从 2k 到 32k token。准确率在 8k 左右达到峰值，之后开始下降，到 32k 时比峰值低了将近 6…",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013776233963855886"
          ],
          "editableUntil" : "2026-01-21T01:50:42.621Z",
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
            "url" : "https://t.co/qCpDAyrEab",
            "expanded_url" : "https://twitter.com/i/web/status/2013776233963855886",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "66",
      "id_str" : "2013776233963855886",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013776233963855886",
      "created_at" : "Wed Jan 21 00:50:42 +0000 2026",
      "favorited" : false,
      "full_text" : "关于大模型价格战，多说几句。\n\n一年多时间，主流模型的 API 价格降了九成以上，有的甚至免费。表面上是厂商在抢市场，背后其实有三个原因：推理优化让成本真实下降了；开源模型压低了价格天花板；大厂把模型当成云服务的引流产品，不指望它单独赚钱。\n\n谁受益？应… https://t.co/qCpDAyrEab",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013695760158359557"
          ],
          "editableUntil" : "2026-01-20T20:30:56.985Z",
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
        "45"
      ],
      "favorite_count" : "87",
      "id_str" : "2013695760158359557",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013695760158359557",
      "created_at" : "Tue Jan 20 19:30:56 +0000 2026",
      "favorited" : false,
      "full_text" : "一个观察：前年大家都在说“百模大战”，今年还在持续投入基座模型训练的公司，一只手数得过来。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013516279419310088"
          ],
          "editableUntil" : "2026-01-20T08:37:44.751Z",
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
        "43"
      ],
      "favorite_count" : "12",
      "id_str" : "2013516279419310088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013516279419310088",
      "created_at" : "Tue Jan 20 07:37:44 +0000 2026",
      "favorited" : false,
      "full_text" : "AI 眼镜这波热度很高，但我更看好耳机形态。不用改变用户习惯，语音交互本来就适合耳朵。",
      "lang" : "zh"
    }
  }
]