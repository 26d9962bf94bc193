window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014487841757196303"
          ],
          "editableUntil" : "2026-01-23T00:58:23.225Z",
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
        "68"
      ],
      "favorite_count" : "126",
      "id_str" : "2014487841757196303",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2014487841757196303",
      "created_at" : "Thu Jan 22 23:58:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@raj_infra 国内 H100 的租赁价格也在往下走，包月折合下来每卡每小时大概十几块人民币。但 B200 基本租不到，有价无市。",
      "lang" : "zh",
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
            "2014345804333088770"
          ],
          "editableUntil" : "2026-01-22T15:33:59.127Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "算力",
            "indices" : [
              "85",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "49",
      "id_str" : "2014345804333088770",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2014345804333088770",
      "created_at" : "Thu Jan 22 14:33:59 +0000 2026",
      "favorited" : false,
      "full_text" : "算了一笔账：一个万卡 H100 集群，按每卡 700 瓦、PUE 1.3 计算，满载功耗大约 9.1 兆瓦，一年电费按工业电价约四千万元。算力的尽头是电力，这话一点没错。#算力",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014296379755945996"
          ],
          "editableUntil" : "2026-01-22T12:17:35.801Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "具身智能",
            "indices" : [
              "86",
              "91"
            ]
          },
          {
            "text" : "机器人",
            "indices" : [
              "92",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周机器人",
            "screen_name" : "zhou_robot",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1401616269181939768",
            "id" : "1401616269181939768"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "2014296379755945996",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2014296379755945996",
      "created_at" : "Thu Jan 22 11:17:35 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @zhou_robot: 参观了深圳一家人形机器人公司，产线已经在小批量组装。老板说整机成本降到了十二万人民币左右，明年目标八万。价格下来了，真正的考验是能不能干活。#具身智能 #机器人",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014282660071043084"
          ],
          "editableUntil" : "2026-01-22T11:23:04.619Z",
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
      "favorite_count" : "29",
      "id_str" : "2014282660071043084",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014282660071043084",
      "created_at" : "Thu Jan 22 10:23:04 +0000 2026",
      "favorited" : false,
      "full_text" : "很多人只看显卡数量，不看网络。千卡以上训练，网络带宽不够的话，GPU 利用率能掉到 40% 以下。钱花在卡上，瓶颈在交换机。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014233451638743049"
          ],
          "editableUntil" : "2026-01-22T08:07:32.197Z",
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
              "45",
              "50"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "80",
      "id_str" : "2014233451638743049",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014233451638743049",
      "created_at" : "Thu Jan 22 07:07:32 +0000 2026",
      "favorited" : false,
      "full_text" : "租卡市场观察：H100 包月价格继续走低，B200 一卡难求。这种供需错配会持续到下半年。$NVDA",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013978766997295108"
          ],
          "editableUntil" : "2026-01-21T15:15:30.831Z",
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
            "name" : "Hal Brennan",
            "screen_name" : "hal_capex",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "349320503",
            "id" : "349320503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "63"
      ],
      "favorite_count" : "43",
      "id_str" : "2013978766997295108",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013978766997295108",
      "created_at" : "Wed Jan 21 14:15:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@hal_capex 国内也一样，电力指标比芯片更难拿。西部有电但缺网络和人才，东部有需求但缺电。算力东数西算，难点就在这里。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013939833223163915",
      "in_reply_to_status_id" : "2013939833223163915",
      "in_reply_to_user_id" : "349320503",
      "in_reply_to_user_id_str" : "349320503",
      "in_reply_to_screen_name" : "hal_capex"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013880447108755468"
          ],
          "editableUntil" : "2026-01-21T08:44:49.874Z",
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
        "35"
      ],
      "favorite_count" : "12",
      "id_str" : "2013880447108755468",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013880447108755468",
      "created_at" : "Wed Jan 21 07:44:49 +0000 2026",
      "favorited" : false,
      "full_text" : "北京下了今年第一场像样的雪，故宫的雪景又刷屏了，早上六点就有人去排队。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013833130643947523"
          ],
          "editableUntil" : "2026-01-21T05:36:48.138Z",
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
        "32"
      ],
      "favorite_count" : "265",
      "id_str" : "2013833130643947523",
      "truncated" : false,
      "retweet_count" : "72",
      "id" : "2013833130643947523",
      "created_at" : "Wed Jan 21 04:36:48 +0000 2026",
      "favorited" : false,
      "full_text" : "周末去爬了香山，山顶风景很好，就是人太多。下山吃了顿涮肉，完美。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013815787142574086"
          ],
          "editableUntil" : "2026-01-21T04:27:53.438Z",
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
            "url" : "https://t.co/erf1tAMzva",
            "expanded_url" : "https://twitter.com/raj_infra/status/2013750785808568330",
            "display_url" : "twitter.com/raj_infra/statu…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "83",
      "id_str" : "2013815787142574086",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2013815787142574086",
      "created_at" : "Wed Jan 21 03:27:53 +0000 2026",
      "favorited" : false,
      "full_text" : "液冷改造是今年数据中心最大的支出之一。我们调研的几个老机房，改造成本接近新建的一半，很多业主在犹豫要不要直接新建。 https://t.co/erf1tAMzva",
      "lang" : "zh",
      "quoted_status_id_str" : "2013750785808568330"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013705506623688704"
          ],
          "editableUntil" : "2026-01-20T21:09:40.180Z",
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
        "49"
      ],
      "favorite_count" : "45",
      "id_str" : "2013705506623688704",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2013705506623688704",
      "created_at" : "Tue Jan 20 20:09:40 +0000 2026",
      "favorited" : false,
      "full_text" : "二手 A100 的价格三个月跌了将近三成，说明训练需求在向新卡迁移，推理需求在用更便宜的方案消化。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013464945400999938"
          ],
          "editableUntil" : "2026-01-20T05:13:46.805Z",
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
      "favorite_count" : "317",
      "id_str" : "2013464945400999938",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013464945400999938",
      "created_at" : "Tue Jan 20 04:13:46 +0000 2026",
      "favorited" : false,
      "full_text" : "国内几个新建智算中心的上架率不到五成，建好了没人用，主要原因是卡型和客户需求不匹配。算力不是越多越好，要匹配业务。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013429107125882892"
          ],
          "editableUntil" : "2026-01-20T02:51:21.184Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "国产芯片",
            "indices" : [
              "60",
              "65"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "95",
      "id_str" : "2013429107125882892",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2013429107125882892",
      "created_at" : "Tue Jan 20 01:51:21 +0000 2026",
      "favorited" : false,
      "full_text" : "国产加速卡今年最大的进步不是算力指标，是软件栈。以前迁移一个模型要两周，现在主流开源模型基本一天能跑通。生态差距在缩小。#国产芯片",
      "lang" : "zh"
    }
  }
]