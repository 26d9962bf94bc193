window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014259010323767298"
          ],
          "editableUntil" : "2026-01-22T09:49:05.100Z",
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
        "34"
      ],
      "favorite_count" : "2",
      "id_str" : "2014259010323767298",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014259010323767298",
      "created_at" : "Thu Jan 22 08:49:05 +0000 2026",
      "favorited" : false,
      "full_text" : "连续加班两周，今天给自己放了半天假，去公园跑了五公里。冷，但是很爽。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014250145178812426"
          ],
          "editableUntil" : "2026-01-22T09:13:52.688Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "76",
              "79"
            ]
          },
          {
            "text" : "大模型",
            "indices" : [
              "80",
              "84"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "罗评论",
            "screen_name" : "luo_pinglun",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1173080322",
            "id" : "1173080322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "2014250145178812426",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014250145178812426",
      "created_at" : "Thu Jan 22 08:13:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @luo_pinglun: 国内大模型价格战打了一年多，API 价格降了九成以上。用户是受益者，但不少创业公司已经撑不住了。行业洗牌会在今年完成。#AI #大模型",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014155514088361997"
          ],
          "editableUntil" : "2026-01-22T02:57:50.569Z",
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
            "url" : "https://t.co/ZPZPrvsWw2",
            "expanded_url" : "https://twitter.com/i/web/status/2014155514088361997",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "6",
      "id_str" : "2014155514088361997",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014155514088361997",
      "created_at" : "Thu Jan 22 01:57:50 +0000 2026",
      "favorited" : false,
      "full_text" : "创业一年多，复盘几个踩过的坑，给同样在做 AI 应用的朋友参考：\n\n一、一开始我们花了三个月做“通用法律助手”，什么都能问。结果用户用了一周就不来了。后来只做合同审查一个场景，留存率从 12% 涨到 47%。\n\n二、过度依赖单一模型供应商。有一次供应商接口限流，我… https://t.co/ZPZPrvsWw2",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013926029628084235"
          ],
          "editableUntil" : "2026-01-21T11:45:57.297Z",
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
            "url" : "https://t.co/LFtLCDWbmU",
            "expanded_url" : "https://twitter.com/zoe_ships/status/2013909660911325186",
            "display_url" : "twitter.com/zoe_ships/statu…",
            "indices" : [
              "38",
              "61"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "2013926029628084235",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013926029628084235",
      "created_at" : "Wed Jan 21 10:45:57 +0000 2026",
      "favorited" : false,
      "full_text" : "和我们的路径几乎一样。模型路由是创业公司最该早做的事，越晚做迁移成本越高。 https://t.co/LFtLCDWbmU",
      "lang" : "zh",
      "quoted_status_id_str" : "2013909660911325186"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013830433222213638"
          ],
          "editableUntil" : "2026-01-21T05:26:05.195Z",
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
        "65"
      ],
      "favorite_count" : "5",
      "id_str" : "2013830433222213638",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013830433222213638",
      "created_at" : "Wed Jan 21 04:26:05 +0000 2026",
      "favorited" : false,
      "full_text" : "把推理成本从每月八万降到两万的方法：七成请求用自己微调的小模型，复杂问题才调用大模型。路由做好了，毛利率从 40% 提到 68%。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013779777125289991"
          ],
          "editableUntil" : "2026-01-21T02:04:47.620Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "创业",
            "indices" : [
              "41",
              "44"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "5",
      "id_str" : "2013779777125289991",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013779777125289991",
      "created_at" : "Wed Jan 21 01:04:47 +0000 2026",
      "favorited" : false,
      "full_text" : "现在投资人看 AI 项目，第一页就问毛利率和留存。去年讲故事就能融资的日子结束了。#创业",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013724936052293634"
          ],
          "editableUntil" : "2026-01-20T22:26:52.034Z",
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
        "57"
      ],
      "favorite_count" : "4",
      "id_str" : "2013724936052293634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013724936052293634",
      "created_at" : "Tue Jan 20 21:26:52 +0000 2026",
      "favorited" : false,
      "full_text" : "创业一年的教训：不要在模型能力上做差异化，下一个版本的基座模型会把你的优势抹平。要在数据、流程和客户关系上建壁垒。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013568027742232591"
          ],
          "editableUntil" : "2026-01-20T12:03:22.971Z",
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
        "57"
      ],
      "favorite_count" : "7",
      "id_str" : "2013568027742232591",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013568027742232591",
      "created_at" : "Tue Jan 20 11:03:22 +0000 2026",
      "favorited" : false,
      "full_text" : "今天有律所客户说，用了我们的产品之后，初级律师写合同初稿的时间从一天缩短到两小时。这句话比任何融资新闻都让我开心。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013496177117540356"
          ],
          "editableUntil" : "2026-01-20T07:17:52.856Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "创业",
            "indices" : [
              "90",
              "93"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "94",
              "97"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "11",
      "id_str" : "2013496177117540356",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013496177117540356",
      "created_at" : "Tue Jan 20 06:17:52 +0000 2026",
      "favorited" : false,
      "full_text" : "我们做的 AI 法律文书助手拿到了天使轮，一千五百万人民币。投资人问得最多的不是技术，而是“大模型厂商自己做了怎么办”。我的答案：我们有两千份律所的真实修改记录，这是他们拿不到的。#创业 #AI",
      "lang" : "zh"
    }
  }
]