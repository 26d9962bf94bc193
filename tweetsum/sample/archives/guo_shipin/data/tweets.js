window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014349181838233606"
          ],
          "editableUntil" : "2026-01-22T15:47:24.134Z",
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
            "name" : "Sam Whitaker",
            "screen_name" : "sam_vidgen",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1280328456337291137",
            "id" : "1280328456337291137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "55"
      ],
      "favorite_count" : "13",
      "id_str" : "2014349181838233606",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014349181838233606",
      "created_at" : "Thu Jan 22 14:47:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_vidgen 时间线编辑太认同了。只想重新生成第三秒到第五秒，结果只能整条重来，这是现在最大的痛点。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014274884244152335",
      "in_reply_to_status_id" : "2014274884244152335",
      "in_reply_to_user_id" : "1280328456337291137",
      "in_reply_to_user_id_str" : "1280328456337291137",
      "in_reply_to_screen_name" : "sam_vidgen"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014323511218212876"
          ],
          "editableUntil" : "2026-01-22T14:05:24.624Z",
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
            "name" : "Sam Whitaker",
            "screen_name" : "sam_vidgen",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1280328456337291137",
            "id" : "1280328456337291137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "2014323511218212876",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014323511218212876",
      "created_at" : "Thu Jan 22 13:05:24 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sam_vidgen: Hot take: the first AI video tool to ship proper timeline editing (trim, re-roll just frames 40-80, keep the audio) wins…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014283742943834120"
          ],
          "editableUntil" : "2026-01-22T11:27:22.968Z",
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
        "65"
      ],
      "favorite_count" : "12",
      "id_str" : "2014283742943834120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014283742943834120",
      "created_at" : "Thu Jan 22 10:27:22 +0000 2026",
      "favorited" : false,
      "full_text" : "今天接了一个品牌方的 AI 广告单，要求“看不出是 AI 做的”。说实话，现在的技术离这个要求只差最后一点，但就是这最后一点最难。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013990406750081037"
          ],
          "editableUntil" : "2026-01-21T16:01:45.391Z",
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
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "2013990406750081037",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013990406750081037",
      "created_at" : "Wed Jan 21 15:01:45 +0000 2026",
      "favorited" : false,
      "full_text" : "今天在大理拍了一整天的洱海日落，真实的光线永远是最好的素材。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013940108893863936"
          ],
          "editableUntil" : "2026-01-21T12:41:53.938Z",
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
      "favorite_count" : "7",
      "id_str" : "2013940108893863936",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013940108893863936",
      "created_at" : "Wed Jan 21 11:41:53 +0000 2026",
      "favorited" : false,
      "full_text" : "AI 视频的成本账：1080p 每秒大约两块钱，一条一分钟的片子算上废片，生成成本三百到五百元。比实拍便宜太多，但离“一键成片”还很远。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013752366182920206"
          ],
          "editableUntil" : "2026-01-21T00:15:52.950Z",
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
            "name" : "Kira Novak",
            "screen_name" : "kira_design",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "936657051580322867",
            "id" : "936657051580322867"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "67"
      ],
      "favorite_count" : "8",
      "id_str" : "2013752366182920206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013752366182920206",
      "created_at" : "Tue Jan 20 23:15:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@kira_design 主要用了几张宋代山水画做风格参考，再加一张自己画的人物线稿。关键是每个镜头都用同一组参考图，一致性会好很多。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013709153177374734",
      "in_reply_to_status_id" : "2013709153177374734",
      "in_reply_to_user_id" : "936657051580322867",
      "in_reply_to_user_id_str" : "936657051580322867",
      "in_reply_to_screen_name" : "kira_design"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013697131168923663"
          ],
          "editableUntil" : "2026-01-20T20:36:23.010Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI视频",
            "indices" : [
              "69",
              "74"
            ]
          },
          {
            "text" : "AIGC",
            "indices" : [
              "75",
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
      "favorite_count" : "31",
      "id_str" : "2013697131168923663",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013697131168923663",
      "created_at" : "Tue Jan 20 19:36:23 +0000 2026",
      "favorited" : false,
      "full_text" : "用星澜-V2 做了一条 60 秒的国风短片，一共生成了 400 多个镜头，最后用了 23 个。水墨效果出奇地好，但人物手部还是经常出问题。#AI视频 #AIGC",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013646784657211405"
          ],
          "editableUntil" : "2026-01-20T17:16:19.789Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIGC",
            "indices" : [
              "49",
              "54"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "88",
      "id_str" : "2013646784657211405",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013646784657211405",
      "created_at" : "Tue Jan 20 16:16:19 +0000 2026",
      "favorited" : false,
      "full_text" : "现在做 AI 短剧的团队越来越多，平台要求必须标注 AI 生成。标注之后播放量平均下降了两成左右。#AIGC",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013546709788889097"
          ],
          "editableUntil" : "2026-01-20T10:38:40.943Z",
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
            "url" : "https://t.co/qzitzQFREB",
            "expanded_url" : "https://twitter.com/sam_vidgen/status/2013522216720814082",
            "display_url" : "twitter.com/sam_vidgen/stat…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "5",
      "id_str" : "2013546709788889097",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013546709788889097",
      "created_at" : "Tue Jan 20 09:38:40 +0000 2026",
      "favorited" : false,
      "full_text" : "38/600 这个比例和我差不多，甚至更低。AI 视频的真实成本不是单价，是废片率。 https://t.co/qzitzQFREB",
      "lang" : "zh",
      "quoted_status_id_str" : "2013522216720814082"
    }
  }
]