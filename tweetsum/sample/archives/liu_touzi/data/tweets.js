window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014470270256902150"
          ],
          "editableUntil" : "2026-01-22T23:48:34.214Z",
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
            "text" : "BTC",
            "indices" : [
              "4",
              "8"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "56",
      "id_str" : "2014470270256902150",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2014470270256902150",
      "created_at" : "Thu Jan 22 22:48:34 +0000 2026",
      "favorited" : false,
      "full_text" : "有人问 $BTC 和 AI 股票最近为什么走势分化。我的理解：AI 股交易的是资本开支预期，比特币交易的是流动性预期，驱动因素本来就不同。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014390299094306830"
          ],
          "editableUntil" : "2026-01-22T18:30:47.563Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "33",
              "38"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "Ria Malhotra",
            "screen_name" : "quantqueen_ria",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "507868988",
            "id" : "507868988"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "70"
      ],
      "favorite_count" : "63",
      "id_str" : "2014390299094306830",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2014390299094306830",
      "created_at" : "Thu Jan 22 17:30:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@quantqueen_ria 同意，今天的回调更多是情绪。不过 $NVDA 的仓位我还是会控制在两成以内，单一股票集中度太高，心态容易崩。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014319097555849226",
      "in_reply_to_status_id" : "2014319097555849226",
      "in_reply_to_user_id" : "507868988",
      "in_reply_to_user_id_str" : "507868988",
      "in_reply_to_screen_name" : "quantqueen_ria"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014280392295247872"
          ],
          "editableUntil" : "2026-01-22T11:14:03.122Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "美股",
            "indices" : [
              "63",
              "66"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "67",
              "70"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "13",
              "18"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "88",
      "id_str" : "2014280392295247872",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2014280392295247872",
      "created_at" : "Thu Jan 22 10:14:03 +0000 2026",
      "favorited" : false,
      "full_text" : "今天 AI 板块集体回调，$NVDA 跌了近 3%，但看了一圈基本面没有任何变化，就是资金在高位换手。短线情绪，不改长期逻辑。#美股 #AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014143974767140867"
          ],
          "editableUntil" : "2026-01-22T02:11:59.856Z",
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
            "text" : "META",
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
        "57"
      ],
      "favorite_count" : "55",
      "id_str" : "2014143974767140867",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2014143974767140867",
      "created_at" : "Thu Jan 22 01:11:59 +0000 2026",
      "favorited" : false,
      "full_text" : "$META 这季度的资本开支指引又上调了，但股价反而涨了。市场现在的逻辑很简单：只要广告收入能覆盖，多花钱没问题。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014117377584238597"
          ],
          "editableUntil" : "2026-01-22T00:26:17.446Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "108",
              "113"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "Ria Malhotra",
            "screen_name" : "quantqueen_ria",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "507868988",
            "id" : "507868988"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2014117377584238597",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2014117377584238597",
      "created_at" : "Wed Jan 21 23:26:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @quantqueen_ria: My Q1 positioning, since people keep asking (not advice, just how I think about it):\n\n- $NVDA: core long, trimmed 15%…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014036073853509647"
          ],
          "editableUntil" : "2026-01-21T19:03:13.645Z",
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
        "29"
      ],
      "favorite_count" : "49",
      "id_str" : "2014036073853509647",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014036073853509647",
      "created_at" : "Wed Jan 21 18:03:13 +0000 2026",
      "favorited" : false,
      "full_text" : "周末带孩子去看冰灯，哈尔滨零下二十五度，手机冻关机了三次。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013890391708299276"
          ],
          "editableUntil" : "2026-01-21T09:24:20.547Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "美股",
            "indices" : [
              "48",
              "51"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "AMD",
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
        "51"
      ],
      "favorite_count" : "68",
      "id_str" : "2013890391708299276",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013890391708299276",
      "created_at" : "Wed Jan 21 08:24:20 +0000 2026",
      "favorited" : false,
      "full_text" : "$AMD 的问题不是芯片不好，是客户不敢轻易换软件生态。这个窗口期如果抓不住，差距只会越拉越大。#美股",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013758215943036943"
          ],
          "editableUntil" : "2026-01-21T00:39:07.098Z",
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
            "text" : "NVDA",
            "indices" : [
              "43",
              "48"
            ]
          },
          {
            "text" : "AMD",
            "indices" : [
              "51",
              "55"
            ]
          },
          {
            "text" : "MU",
            "indices" : [
              "64",
              "67"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BXbMx0lW0P",
            "expanded_url" : "https://twitter.com/he_xinpian/status/2013642602952413198",
            "display_url" : "twitter.com/he_xinpian/stat…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "99",
      "id_str" : "2013758215943036943",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2013758215943036943",
      "created_at" : "Tue Jan 20 23:39:07 +0000 2026",
      "favorited" : false,
      "full_text" : "HBM 供应是 2026 年最值得跟踪的数据。美光、海力士、三星的产能分配基本决定了 $NVDA 和 $AMD 今年能出多少货。$MU 这波行情还没走完。 https://t.co/BXbMx0lW0P",
      "lang" : "zh",
      "quoted_status_id_str" : "2013642602952413198"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013656673281863686"
          ],
          "editableUntil" : "2026-01-20T17:55:37.872Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "港股",
            "indices" : [
              "49",
              "52"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "9",
      "id_str" : "2013656673281863686",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013656673281863686",
      "created_at" : "Tue Jan 20 16:55:37 +0000 2026",
      "favorited" : false,
      "full_text" : "港股 AI 应用股这周涨得很猛，但很多公司 AI 收入占比不到 5%。概念炒作和真实业绩要分清楚。#港股",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013589405143330822"
          ],
          "editableUntil" : "2026-01-20T13:28:19.588Z",
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
            "text" : "TSM",
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
        "57"
      ],
      "favorite_count" : "19",
      "id_str" : "2013589405143330822",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013589405143330822",
      "created_at" : "Tue Jan 20 12:28:19 +0000 2026",
      "favorited" : false,
      "full_text" : "$TSM 的先进封装产能是整个 AI 产业链里最确定的瓶颈。卡再多，封装跟不上也出不了货。长期持有，不看短期波动。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013541634526633987"
          ],
          "editableUntil" : "2026-01-20T10:18:30.648Z",
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
            "text" : "MSFT",
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
        "52"
      ],
      "favorite_count" : "88",
      "id_str" : "2013541634526633987",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013541634526633987",
      "created_at" : "Tue Jan 20 09:18:30 +0000 2026",
      "favorited" : false,
      "full_text" : "$MSFT 的 Copilot 付费座位数是我最关注的指标。只要这个数字每个季度稳定增长，估值就有支撑。",
      "lang" : "zh"
    }
  }
]