window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014390539355189260"
          ],
          "editableUntil" : "2026-01-22T18:31:44.060Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "教育",
            "indices" : [
              "67",
              "70"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "71",
              "74"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "5",
      "id_str" : "2014390539355189260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014390539355189260",
      "created_at" : "Thu Jan 22 17:31:44 +0000 2026",
      "favorited" : false,
      "full_text" : "这学期我让高二学生用 AI 写作文初稿，但要求交“修改记录”：哪些句子是自己改的，为什么改。结果发现，改得最认真的学生，作文进步最大。#教育 #AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014266382719234056"
          ],
          "editableUntil" : "2026-01-22T10:18:23.896Z",
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
        "26"
      ],
      "favorite_count" : "3",
      "id_str" : "2014266382719234056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014266382719234056",
      "created_at" : "Thu Jan 22 09:18:23 +0000 2026",
      "favorited" : false,
      "full_text" : "期末考试终于结束了，改完卷子奖励自己一锅酸菜炖排骨。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014066690967629839"
          ],
          "editableUntil" : "2026-01-21T21:04:53.994Z",
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
        "57"
      ],
      "favorite_count" : "4",
      "id_str" : "2014066690967629839",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014066690967629839",
      "created_at" : "Wed Jan 21 20:04:53 +0000 2026",
      "favorited" : false,
      "full_text" : "学校采购了一套 AI 批改系统，数学选择填空准确率很高，但作文评分和老师的分差经常超过 5 分。目前只能作为参考。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013895884480507918"
          ],
          "editableUntil" : "2026-01-21T09:46:09.153Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "教育公平",
            "indices" : [
              "53",
              "58"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "3",
      "id_str" : "2013895884480507918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013895884480507918",
      "created_at" : "Wed Jan 21 08:46:09 +0000 2026",
      "favorited" : false,
      "full_text" : "最担心的不是学生用 AI，是偏远地区的学校连稳定的网络都没有。AI 教育如果只在大城市发生，差距只会更大。#教育公平",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013758323468615684"
          ],
          "editableUntil" : "2026-01-21T00:39:32.404Z",
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
            "name" : "Tessa Lindqvist",
            "screen_name" : "tessa_teaches",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "770478626438359407",
            "id" : "770478626438359407"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "68"
      ],
      "favorite_count" : "9",
      "id_str" : "2013758323468615684",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013758323468615684",
      "created_at" : "Tue Jan 20 23:39:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@tessa_teaches 非常认同。我们学校也试过检测工具，把好几个平时写作很规范的学生误判了。现在全校统一不用检测结果做处分依据。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013713457639153669",
      "in_reply_to_status_id" : "2013713457639153669",
      "in_reply_to_user_id" : "770478626438359407",
      "in_reply_to_user_id_str" : "770478626438359407",
      "in_reply_to_screen_name" : "tessa_teaches"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013731185448624132"
          ],
          "editableUntil" : "2026-01-20T22:51:42.889Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "2013731185448624132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013731185448624132",
      "created_at" : "Tue Jan 20 21:51:42 +0000 2026",
      "favorited" : false,
      "full_text" : "家长群里有人问：孩子用 AI 做作业算不算作弊？我的回答是看用法。让 AI 直接给答案是作弊，让 AI 讲解思路是学习。关键在老师怎么设计作业。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013549000322736139"
          ],
          "editableUntil" : "2026-01-20T10:47:46.468Z",
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
      "favorite_count" : "15",
      "id_str" : "2013549000322736139",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013549000322736139",
      "created_at" : "Tue Jan 20 09:47:46 +0000 2026",
      "favorited" : false,
      "full_text" : "今天试着让学生和 AI 辩论“高中生该不该用 AI 写作业”。学生准备了一周，辩得非常精彩，AI 反而显得很圆滑。课堂效果出乎意料地好。",
      "lang" : "zh"
    }
  }
]