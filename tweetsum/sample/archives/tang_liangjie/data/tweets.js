window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014435754079526918"
          ],
          "editableUntil" : "2026-01-22T21:31:24.671Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "ETH",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "9",
      "id_str" : "2014435754079526918",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014435754079526918",
      "created_at" : "Thu Jan 22 20:31:24 +0000 2026",
      "favorited" : false,
      "full_text" : "$ETH 链上的 AI Agent 交易量这个月翻了三倍，但仔细看大部分是机器人刷量。链上数据要会看，不然很容易被误导。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014257598448418822"
          ],
          "editableUntil" : "2026-01-22T09:43:29.725Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "ETH",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pT8Dweuehb",
            "expanded_url" : "https://twitter.com/tomas_trades/status/2014206046429507597",
            "display_url" : "twitter.com/tomas_trades/st…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "139",
      "id_str" : "2014257598448418822",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2014257598448418822",
      "created_at" : "Thu Jan 22 08:43:29 +0000 2026",
      "favorited" : false,
      "full_text" : "同意，这波 AI 币和 2021 年元宇宙币一模一样。区别是这次的叙事更容易让人相信。$ETH https://t.co/pT8Dweuehb",
      "lang" : "zh",
      "quoted_status_id_str" : "2014206046429507597"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014126135321227265"
          ],
          "editableUntil" : "2026-01-22T01:01:05.233Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "ETH",
            "indices" : [
              "50",
              "54"
            ]
          },
          {
            "text" : "SOL",
            "indices" : [
              "55",
              "59"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "14",
      "id_str" : "2014126135321227265",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014126135321227265",
      "created_at" : "Thu Jan 22 00:01:05 +0000 2026",
      "favorited" : false,
      "full_text" : "AI Agent 概念币这周平均涨了 60%，但大部分项目连能用的产品都没有。我只做短线，不拿长仓。$ETH $SOL",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013979514627534859"
          ],
          "editableUntil" : "2026-01-21T15:18:28.414Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "0",
              "5"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "7",
      "id_str" : "2013979514627534859",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013979514627534859",
      "created_at" : "Wed Jan 21 14:18:28 +0000 2026",
      "favorited" : false,
      "full_text" : "$NVDA 财报前隐含波动率偏高，历史上财报后的实际波动经常小于期权定价。卖波动率这几个季度表现不错，但尾部风险一定要控制好。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013876594750550030"
          ],
          "editableUntil" : "2026-01-21T08:29:30.121Z",
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
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "2013876594750550030",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013876594750550030",
      "created_at" : "Wed Jan 21 07:29:30 +0000 2026",
      "favorited" : false,
      "full_text" : "周末去打了场羽毛球，三局两胜输了，对面是个六十岁的大爷。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013831589149122570"
          ],
          "editableUntil" : "2026-01-21T05:30:40.938Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "量化",
            "indices" : [
              "52",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "22",
      "id_str" : "2013831589149122570",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013831589149122570",
      "created_at" : "Wed Jan 21 04:30:40 +0000 2026",
      "favorited" : false,
      "full_text" : "用大模型做量化因子挖掘试了半年，结论：它能帮你快速写回测代码，但想直接从它那里要到能赚钱的因子，想多了。#量化",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013655639625801736"
          ],
          "editableUntil" : "2026-01-20T17:51:31.879Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "加密货币",
            "indices" : [
              "62",
              "67"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "BTC",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "22",
      "id_str" : "2013655639625801736",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013655639625801736",
      "created_at" : "Tue Jan 20 16:51:31 +0000 2026",
      "favorited" : false,
      "full_text" : "$BTC 最近和纳指的相关性明显下降，30 日相关系数降到 0.2 左右。AI 股回调的时候币价没跟着跌，这种分化值得关注。#加密货币",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013538521288298502"
          ],
          "editableUntil" : "2026-01-20T10:06:07.839Z",
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
        "29"
      ],
      "favorite_count" : "56",
      "id_str" : "2013538521288298502",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013538521288298502",
      "created_at" : "Tue Jan 20 09:06:07 +0000 2026",
      "favorited" : false,
      "full_text" : "今天深圳二十三度，下班去深圳湾跑了十公里，海风吹着很舒服。",
      "lang" : "zh"
    }
  }
]