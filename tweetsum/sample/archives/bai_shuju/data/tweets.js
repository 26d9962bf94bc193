window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014274744110407688"
          ],
          "editableUntil" : "2026-01-22T10:51:37.140Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amara Nwosu",
            "screen_name" : "amara_data",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1011206912866226057",
            "id" : "1011206912866226057"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "59"
      ],
      "favorite_count" : "9",
      "id_str" : "2014274744110407688",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014274744110407688",
      "created_at" : "Thu Jan 22 09:51:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@amara_data 我们这边情况几乎一样。专家型标注的需求涨得很快，最大的问题是找不到足够多懂行又愿意做标注的人。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014230210129555470",
      "in_reply_to_status_id" : "2014230210129555470",
      "in_reply_to_user_id" : "1011206912866226057",
      "in_reply_to_user_id_str" : "1011206912866226057",
      "in_reply_to_screen_name" : "amara_data"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014197519545061381"
          ],
          "editableUntil" : "2026-01-22T05:44:45.407Z",
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
        "53"
      ],
      "favorite_count" : "4",
      "id_str" : "2014197519545061381",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014197519545061381",
      "created_at" : "Thu Jan 22 04:44:45 +0000 2026",
      "favorited" : false,
      "full_text" : "合成数据现在占我们训练数据的四成左右，但质检必须靠人。抽检 5% 的合成样本，每次都能发现一些奇怪的错误。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014105680972353539"
          ],
          "editableUntil" : "2026-01-21T23:39:49.396Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "数据",
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
      "favorite_count" : "3",
      "id_str" : "2014105680972353539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014105680972353539",
      "created_at" : "Wed Jan 21 22:39:49 +0000 2026",
      "favorited" : false,
      "full_text" : "中文高质量数据越来越稀缺，好的书籍、论文、专业文档都涉及版权。数据授权会成为下一个大生意。#数据",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013699664794685443"
          ],
          "editableUntil" : "2026-01-20T20:46:27.662Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "数据",
            "indices" : [
              "58",
              "61"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "2013699664794685443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013699664794685443",
      "created_at" : "Tue Jan 20 19:46:27 +0000 2026",
      "favorited" : false,
      "full_text" : "数据标注行业正在分化：简单画框的单价一年降了一半，但需要专业知识的标注，比如医学、法律、代码评审，单价涨了三成以上。#数据",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013598050899484678"
          ],
          "editableUntil" : "2026-01-20T14:02:40.781Z",
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
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "2013598050899484678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013598050899484678",
      "created_at" : "Tue Jan 20 13:02:40 +0000 2026",
      "favorited" : false,
      "full_text" : "今天和一家医院谈医学影像标注，要求所有标注员必须有执业医师资格。单价是普通标注的二十倍，但质量要求也完全不同。",
      "lang" : "zh"
    }
  }
]