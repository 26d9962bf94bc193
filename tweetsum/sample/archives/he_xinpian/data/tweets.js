window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014407949764456451"
          ],
          "editableUntil" : "2026-01-22T19:40:55.494Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "算力",
            "indices" : [
              "102",
              "105"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "陈算力",
            "screen_name" : "chen_suanli",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1072647439252812313",
            "id" : "1072647439252812313"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "2014407949764456451",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2014407949764456451",
      "created_at" : "Thu Jan 22 18:40:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @chen_suanli: 算了一笔账：一个万卡 H100 集群，按每卡 700 瓦、PUE 1.3 计算，满载功耗大约 9.1 兆瓦，一年电费按工业电价约四千万元。算力的尽头是电力，这话一点没错。#算力",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014389711123763214"
          ],
          "editableUntil" : "2026-01-22T18:28:27.181Z",
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
        "68"
      ],
      "favorite_count" : "10",
      "id_str" : "2014389711123763214",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014389711123763214",
      "created_at" : "Thu Jan 22 17:28:27 +0000 2026",
      "favorited" : false,
      "full_text" : "国产 AI 芯片的出货量今年预计翻倍，但单卡性能和国际主流产品还有代差。好在推理场景对单卡性能要求没那么高，这是国产芯片最现实的突破口。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014327499561435138"
          ],
          "editableUntil" : "2026-01-22T14:21:14.205Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "半导体",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
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
        "45"
      ],
      "favorite_count" : "9",
      "id_str" : "2014327499561435138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014327499561435138",
      "created_at" : "Thu Jan 22 13:21:14 +0000 2026",
      "favorited" : false,
      "full_text" : "$TSM 美国新厂的产能爬坡比预期快，但成本比台湾高出不少，最终会转嫁到客户身上。#半导体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014052679767986190"
          ],
          "editableUntil" : "2026-01-21T20:09:12.272Z",
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
        "49"
      ],
      "favorite_count" : "45",
      "id_str" : "2014052679767986190",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014052679767986190",
      "created_at" : "Wed Jan 21 19:09:12 +0000 2026",
      "favorited" : false,
      "full_text" : "国产先进制程的良率据说有明显提升，但距离大规模稳定供货还差得远。芯片行业没有捷径，只能一代一代磨。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013892737127391240"
          ],
          "editableUntil" : "2026-01-21T09:33:39.406Z",
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
        "27"
      ],
      "favorite_count" : "13",
      "id_str" : "2013892737127391240",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013892737127391240",
      "created_at" : "Wed Jan 21 08:33:39 +0000 2026",
      "favorited" : false,
      "full_text" : "新竹今天难得出太阳，去吃了贡丸汤和米粉，小时候的味道。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013642602952413198"
          ],
          "editableUntil" : "2026-01-20T16:59:42.957Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "芯片",
            "indices" : [
              "59",
              "62"
            ]
          },
          {
            "text" : "半导体",
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
      "favorite_count" : "49",
      "id_str" : "2013642602952413198",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013642602952413198",
      "created_at" : "Tue Jan 20 15:59:42 +0000 2026",
      "favorited" : false,
      "full_text" : "HBM 是现在 AI 芯片最大的瓶颈，三家供应商今年的产能基本被订满了。国产 HBM 还在追赶，两年内难以大规模量产。#芯片 #半导体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013554317733609485"
          ],
          "editableUntil" : "2026-01-20T11:08:54.142Z",
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
              "0",
              "13"
            ],
            "id_str" : "1179514744",
            "id" : "1179514744"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "69"
      ],
      "favorite_count" : "39",
      "id_str" : "2013554317733609485",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013554317733609485",
      "created_at" : "Tue Jan 20 10:08:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@priya_policy 补充一个细节：这次对内存带宽也设了门槛，去年那种“阉割版”芯片的路基本被堵死了。国内厂商只能加速推进自研方案。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013512561345589256",
      "in_reply_to_status_id" : "2013512561345589256",
      "in_reply_to_user_id" : "1179514744",
      "in_reply_to_user_id_str" : "1179514744",
      "in_reply_to_screen_name" : "priya_policy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013539176243044360"
          ],
          "editableUntil" : "2026-01-20T10:08:44.476Z",
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
        "53"
      ],
      "favorite_count" : "87",
      "id_str" : "2013539176243044360",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2013539176243044360",
      "created_at" : "Tue Jan 20 09:08:44 +0000 2026",
      "favorited" : false,
      "full_text" : "出口管制新规出来，最受影响的可能不是芯片本身，而是云服务访问。以后通过海外云租用高端算力也要做身份审查了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013498506716561417"
          ],
          "editableUntil" : "2026-01-20T07:27:07.306Z",
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
            "name" : "Ken Tanaka",
            "screen_name" : "chipwatch_ken",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1160601277",
            "id" : "1160601277"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2013498506716561417",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013498506716561417",
      "created_at" : "Tue Jan 20 06:27:07 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @chipwatch_ken: HBM is the choke point for 2026. All three suppliers are sold out through year-end per channel checks. Whoever has HBM…",
      "lang" : "en"
    }
  }
]