window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014421802986086402"
          ],
          "editableUntil" : "2026-01-22T20:35:58.496Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "5",
      "id_str" : "2014421802986086402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014421802986086402",
      "created_at" : "Thu Jan 22 19:35:58 +0000 2026",
      "favorited" : false,
      "full_text" : "哈尔滨冰雪大世界今年的冰雕比去年还大，零下二十八度排了一个小时队。建议大家穿两条秋裤。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014289924953337871"
          ],
          "editableUntil" : "2026-01-22T11:51:56.647Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "10",
      "id_str" : "2014289924953337871",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014289924953337871",
      "created_at" : "Thu Jan 22 10:51:56 +0000 2026",
      "favorited" : false,
      "full_text" : "明天去泸沽湖，天气预报说有雨，希望运气好一点。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014025568216649729"
          ],
          "editableUntil" : "2026-01-21T18:21:28.157Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "16",
      "id_str" : "2014025568216649729",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014025568216649729",
      "created_at" : "Wed Jan 21 17:21:28 +0000 2026",
      "favorited" : false,
      "full_text" : "泸沽湖的雨停了，湖面像镜子一样。摩梭人家的腊肉火锅，暖到心里。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013989043449872385"
          ],
          "editableUntil" : "2026-01-21T15:56:20.211Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "旅行",
            "indices" : [
              "31",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "2013989043449872385",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013989043449872385",
      "created_at" : "Wed Jan 21 14:56:20 +0000 2026",
      "favorited" : false,
      "full_text" : "到了西双版纳，二十六度，穿短袖吃烧烤。北方的朋友们，对不起了。#旅行",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013698066106060813"
          ],
          "editableUntil" : "2026-01-20T20:40:06.701Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "92",
      "id_str" : "2013698066106060813",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013698066106060813",
      "created_at" : "Tue Jan 20 19:40:06 +0000 2026",
      "favorited" : false,
      "full_text" : "在丽江古城遇到一家咖啡馆，老板自己烘豆子，一杯手冲二十五块。旅行的意义就是遇到这种小店。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013683190944567301"
          ],
          "editableUntil" : "2026-01-20T19:40:59.612Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "13",
      "id_str" : "2013683190944567301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013683190944567301",
      "created_at" : "Tue Jan 20 18:40:59 +0000 2026",
      "favorited" : false,
      "full_text" : "用 AI 规划了五天的云南行程，它把大理到丽江的车程算成了一个小时，实际要三个多小时。AI 做攻略可以参考，路线还是要自己核实。",
      "lang" : "zh"
    }
  }
]