window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014393975816994823"
          ],
          "editableUntil" : "2026-01-22T18:45:24.268Z",
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
            "name" : "孙老师",
            "screen_name" : "sun_jiaoyu",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1304010897618179092",
            "id" : "1304010897618179092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "2014393975816994823",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014393975816994823",
      "created_at" : "Thu Jan 22 17:45:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@sun_jiaoyu 修改记录这个方法太好了。我在美国的朋友做高中老师，用的是“口头答辩”，两种方法结合起来效果应该更好。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014390539355189260",
      "in_reply_to_status_id" : "2014390539355189260",
      "in_reply_to_user_id" : "1304010897618179092",
      "in_reply_to_user_id_str" : "1304010897618179092",
      "in_reply_to_screen_name" : "sun_jiaoyu"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014388199462440973"
          ],
          "editableUntil" : "2026-01-22T18:22:26.455Z",
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
        "24"
      ],
      "favorite_count" : "5",
      "id_str" : "2014388199462440973",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014388199462440973",
      "created_at" : "Thu Jan 22 17:22:26 +0000 2026",
      "favorited" : false,
      "full_text" : "上海今天阴雨，五度，湿冷。南方的冬天是魔法攻击。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014363879006789635"
          ],
          "editableUntil" : "2026-01-22T16:45:48.699Z",
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
            "url" : "https://t.co/RGDBUA2Q4H",
            "expanded_url" : "https://twitter.com/luo_pinglun/status/2014227102657265673",
            "display_url" : "twitter.com/luo_pinglun/sta…",
            "indices" : [
              "173",
              "196"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "14",
      "id_str" : "2014363879006789635",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014363879006789635",
      "created_at" : "Thu Jan 22 15:45:48 +0000 2026",
      "favorited" : false,
      "full_text" : "A useful read for anyone outside China: API prices there fell 90%+ in a year. That's the cost structure Western app builders will compete against when these apps go global. https://t.co/RGDBUA2Q4H",
      "lang" : "en",
      "quoted_status_id_str" : "2014227102657265673"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014230311009832968"
          ],
          "editableUntil" : "2026-01-22T07:55:03.922Z",
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
            "name" : "杨创业",
            "screen_name" : "yang_chuangye",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1027113303277344100",
            "id" : "1027113303277344100"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2014230311009832968",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014230311009832968",
      "created_at" : "Thu Jan 22 06:55:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @yang_chuangye: 创业一年多，复盘几个踩过的坑，给同样在做 AI 应用的朋友参考：\n\n一、一开始我们花了三个月做“通用法律助手”，什么都能问。结果用户用了一周就不来了。后来只做合同审查一个场景，留存率从 12% 涨到 47%。\n\n二、过度依赖单一模型供应商。…",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014129955697553416"
          ],
          "editableUntil" : "2026-01-22T01:16:16.317Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OpenSource",
            "indices" : [
              "197",
              "208"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "49",
      "id_str" : "2014129955697553416",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014129955697553416",
      "created_at" : "Thu Jan 22 00:16:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Chinese open-weight models now dominate the download charts on the big model hubs, and Western startups quietly build on them. The policy debate hasn't caught up with what developers actually use. #OpenSource",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014086587584598016"
          ],
          "editableUntil" : "2026-01-21T22:23:57.439Z",
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
        "150"
      ],
      "favorite_count" : "66",
      "id_str" : "2014086587584598016",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2014086587584598016",
      "created_at" : "Wed Jan 21 21:23:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Shanghai to SF, 12 hours, watched zero movies, wrote 4,000 words on open-weight model adoption. Airplane mode is the best productivity tool ever made.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013780218612584450"
          ],
          "editableUntil" : "2026-01-21T02:06:33.386Z",
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
        "130"
      ],
      "favorite_count" : "8",
      "id_str" : "2013780218612584450",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013780218612584450",
      "created_at" : "Wed Jan 21 01:06:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy Sunday in Shanghai, so I finally tried making xiaolongbao from scratch. 18 pleats is harder than it looks. Mine had about 9.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013634324751163406"
          ],
          "editableUntil" : "2026-01-20T16:26:49.156Z",
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
              "221",
              "224"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "19",
      "id_str" : "2013634324751163406",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013634324751163406",
      "created_at" : "Tue Jan 20 15:26:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Been comparing the Chinese and US AI app markets for a report. Biggest difference: Chinese users pay far less for subscriptions, so monetization runs through ads and e-commerce. Same tech, very different business models. #AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013591463929839619"
          ],
          "editableUntil" : "2026-01-20T13:36:30.327Z",
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
        "58"
      ],
      "favorite_count" : "32",
      "id_str" : "2013591463929839619",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013591463929839619",
      "created_at" : "Tue Jan 20 12:36:30 +0000 2026",
      "favorited" : false,
      "full_text" : "中美 AI 应用最大的不同：美国用户愿意为订阅付费，国内用户更习惯免费加广告。商业模式决定了产品形态，不能简单照搬。",
      "lang" : "zh"
    }
  }
]