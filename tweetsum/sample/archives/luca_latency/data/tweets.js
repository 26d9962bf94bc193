window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014459172743098373"
          ],
          "editableUntil" : "2026-01-22T23:04:28.517Z",
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
        "175"
      ],
      "favorite_count" : "4",
      "id_str" : "2014459172743098373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014459172743098373",
      "created_at" : "Thu Jan 22 22:04:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Europe's data residency rules are quietly making on-prem and edge inference a growth market. Half my inbound this month was \"can this run in our own data center in Frankfurt\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014263146370146304"
          ],
          "editableUntil" : "2026-01-22T10:05:31.452Z",
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
            "name" : "马推理",
            "screen_name" : "ma_tuili",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1239228081372897874",
            "id" : "1239228081372897874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "171"
      ],
      "favorite_count" : "32",
      "id_str" : "2014263146370146304",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014263146370146304",
      "created_at" : "Thu Jan 22 09:05:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@ma_tuili impressive numbers. Did you see the same gains on long prompts? On our edge boxes prefix caching helps a lot but fp8 KV hurts retrieval quality past ~16k tokens.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014211814301982723",
      "in_reply_to_status_id" : "2014211814301982723",
      "in_reply_to_user_id" : "1239228081372897874",
      "in_reply_to_user_id_str" : "1239228081372897874",
      "in_reply_to_screen_name" : "ma_tuili"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014114555799371779"
          ],
          "editableUntil" : "2026-01-22T00:15:05.744Z",
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
        "133"
      ],
      "favorite_count" : "5",
      "id_str" : "2014114555799371779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014114555799371779",
      "created_at" : "Wed Jan 21 23:15:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Time-to-first-token matters more than tokens/sec for voice assistants. Users notice a 600 ms pause; they don't notice 40 vs 60 tok/s.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014114510855532555"
          ],
          "editableUntil" : "2026-01-22T00:14:54.571Z",
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
            "name" : "马推理",
            "screen_name" : "ma_tuili",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1239228081372897874",
            "id" : "1239228081372897874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2014114510855532555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014114510855532555",
      "created_at" : "Wed Jan 21 23:14:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ma_tuili: 很多朋友问推理成本到底是怎么降下来的，简单拆解一下我们过去半年的优化路径，供参考：\n\n第一步，量化。权重从 fp16 换成 fp8，显存占用减半，质量损失在我们的测试集上几乎可以忽略。int4 只用在对质量不敏感的路由和分类模型上。\n\n第二步，KV…",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013951456219787277"
          ],
          "editableUntil" : "2026-01-21T13:26:59.412Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EdgeAI",
            "indices" : [
              "178",
              "185"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "8",
      "id_str" : "2013951456219787277",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013951456219787277",
      "created_at" : "Wed Jan 21 12:26:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Got a 3B model running on a mid-range phone NPU at 24 tok/s. Battery drain: ~8% per 10 minutes of continuous generation. On-device works for short tasks, not for all-day agents. #EdgeAI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013750114121334790"
          ],
          "editableUntil" : "2026-01-21T00:06:55.978Z",
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
        "181"
      ],
      "favorite_count" : "3",
      "id_str" : "2013750114121334790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013750114121334790",
      "created_at" : "Tue Jan 20 23:06:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Tested on-device speech recognition in 6 languages. English and Spanish are great. Finnish and Vietnamese still lag badly. Edge AI has the same language gap as cloud AI, only worse.",
      "lang" : "en"
    }
  }
]