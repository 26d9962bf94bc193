window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014459358747000832"
          ],
          "editableUntil" : "2026-01-22T23:05:12.732Z",
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
        "63"
      ],
      "favorite_count" : "16",
      "id_str" : "2014459358747000832",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014459358747000832",
      "created_at" : "Thu Jan 22 22:05:12 +0000 2026",
      "favorited" : false,
      "full_text" : "具身智能最缺的是数据。遥操作采集一小时数据的成本大概两三百元，要训练出可靠的抓取策略至少需要几万小时。谁有数据工厂谁就有优势。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014244411267215375"
          ],
          "editableUntil" : "2026-01-22T08:51:05.623Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "具身智能",
            "indices" : [
              "70",
              "75"
            ]
          },
          {
            "text" : "机器人",
            "indices" : [
              "76",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "100",
      "id_str" : "2014244411267215375",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2014244411267215375",
      "created_at" : "Thu Jan 22 07:51:05 +0000 2026",
      "favorited" : false,
      "full_text" : "参观了深圳一家人形机器人公司，产线已经在小批量组装。老板说整机成本降到了十二万人民币左右，明年目标八万。价格下来了，真正的考验是能不能干活。#具身智能 #机器人",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014017032373805070"
          ],
          "editableUntil" : "2026-01-21T17:47:33.315Z",
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
            "name" : "Yuki Sato",
            "screen_name" : "yuki_robotics",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2959533138",
            "id" : "2959533138"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2014017032373805070",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014017032373805070",
      "created_at" : "Wed Jan 21 16:47:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @yuki_robotics: Visited a parts factory in Aichi where 14 robot arms are now driven by a single vision-language-action model instead of…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013962667477823498"
          ],
          "editableUntil" : "2026-01-21T14:11:32.470Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "机器人",
            "indices" : [
              "39",
              "43"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "3",
      "id_str" : "2013962667477823498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013962667477823498",
      "created_at" : "Wed Jan 21 13:11:32 +0000 2026",
      "favorited" : false,
      "full_text" : "工厂老板最关心的三个问题：多少钱、能干多久不坏、坏了谁来修。技术参数排在后面。#机器人",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013642252315480072"
          ],
          "editableUntil" : "2026-01-20T16:58:19.257Z",
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
        "53"
      ],
      "favorite_count" : "88",
      "id_str" : "2013642252315480072",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013642252315480072",
      "created_at" : "Tue Jan 20 15:58:19 +0000 2026",
      "favorited" : false,
      "full_text" : "看了 Lumen L-2 叠毛巾的视频，说实话国内几家的演示已经不输了。但演示和量产之间隔着一条很宽的河。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013487630752817166"
          ],
          "editableUntil" : "2026-01-20T06:43:54.087Z",
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
            "name" : "Marco Bellini",
            "screen_name" : "marco_robots",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2937687294",
            "id" : "2937687294"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "63"
      ],
      "favorite_count" : "95",
      "id_str" : "2013487630752817166",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2013487630752817166",
      "created_at" : "Tue Jan 20 05:43:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@marco_robots 同意，轮式底盘加双臂在工厂场景性价比高得多。双足更多是为了展示和融资，真正进厂干活的基本都是轮式。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013453173515886605",
      "in_reply_to_status_id" : "2013453173515886605",
      "in_reply_to_user_id" : "2937687294",
      "in_reply_to_user_id_str" : "2937687294",
      "in_reply_to_screen_name" : "marco_robots"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013444055763079173"
          ],
          "editableUntil" : "2026-01-20T03:50:45.160Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "具身智能",
            "indices" : [
              "47",
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
      "favorite_count" : "26",
      "id_str" : "2013444055763079173",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013444055763079173",
      "created_at" : "Tue Jan 20 02:50:45 +0000 2026",
      "favorited" : false,
      "full_text" : "今年具身智能的融资额已经接近去年全年，但大部分钱都流向了头部几家。第二梯队的公司日子并不好过。#具身智能",
      "lang" : "zh"
    }
  }
]