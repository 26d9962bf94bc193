window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014488019287154701"
          ],
          "editableUntil" : "2026-01-23T00:59:05.409Z",
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
        "50"
      ],
      "favorite_count" : "1",
      "id_str" : "2014488019287154701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014488019287154701",
      "created_at" : "Thu Jan 22 23:59:05 +0000 2026",
      "favorited" : false,
      "full_text" : "让 AI 帮我规划一周晚餐菜单，搭配还挺合理，就是推荐的“清蒸鲈鱼配奶油蘑菇汤”有点中西合璧过头了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014454847673671689"
          ],
          "editableUntil" : "2026-01-22T22:47:17.502Z",
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
        "38"
      ],
      "favorite_count" : "10",
      "id_str" : "2014454847673671689",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014454847673671689",
      "created_at" : "Thu Jan 22 21:47:17 +0000 2026",
      "favorited" : false,
      "full_text" : "潮汕牛肉火锅的精髓在于现切，吊龙、匙仁、三花趾各涮八秒。今天一个人吃了两盘。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013956679345180679"
          ],
          "editableUntil" : "2026-01-21T13:47:44.349Z",
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
        "33"
      ],
      "favorite_count" : "2",
      "id_str" : "2013956679345180679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013956679345180679",
      "created_at" : "Wed Jan 21 12:47:44 +0000 2026",
      "favorited" : false,
      "full_text" : "冬天必做的一道菜：萝卜炖牛腩。萝卜要最后四十分钟再下锅，太早会烂。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013879928335798272"
          ],
          "editableUntil" : "2026-01-21T08:42:45.448Z",
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
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "2013879928335798272",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013879928335798272",
      "created_at" : "Wed Jan 21 07:42:45 +0000 2026",
      "favorited" : false,
      "full_text" : "广州今天二十度，楼下的糖水铺排起了长队。双皮奶还是那个味道。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013606705377402882"
          ],
          "editableUntil" : "2026-01-20T14:37:04.159Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "美食",
            "indices" : [
              "45",
              "48"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "2013606705377402882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013606705377402882",
      "created_at" : "Tue Jan 20 13:37:04 +0000 2026",
      "favorited" : false,
      "full_text" : "今天做了红烧肉，五花肉先焯水，再用冰糖炒糖色，小火炖一个半小时。肥而不腻，米饭多吃了两碗。#美食",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013487695607312386"
          ],
          "editableUntil" : "2026-01-20T06:44:10.593Z",
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
        "34"
      ],
      "favorite_count" : "2",
      "id_str" : "2013487695607312386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013487695607312386",
      "created_at" : "Tue Jan 20 05:44:10 +0000 2026",
      "favorited" : false,
      "full_text" : "今天包了三百个饺子，猪肉白菜馅和韭菜鸡蛋馅各一半，冻起来够吃一个月。",
      "lang" : "zh"
    }
  }
]