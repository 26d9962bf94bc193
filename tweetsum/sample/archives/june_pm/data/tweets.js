window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014289306210136065"
          ],
          "editableUntil" : "2026-01-22T11:49:28.108Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "74",
              "77"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "林晓 | AI产品",
            "screen_name" : "xiaolin_ai",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "860090787035536369",
            "id" : "860090787035536369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "2014289306210136065",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014289306210136065",
      "created_at" : "Thu Jan 22 10:49:28 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @xiaolin_ai: 用户调研发现：超过六成的中小商家用 AI 写商品描述，但只有不到两成敢让 AI 直接回复客户。信任是一点点攒出来的。#AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014257652335439878"
          ],
          "editableUntil" : "2026-01-22T09:43:42.945Z",
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
        "149"
      ],
      "favorite_count" : "22",
      "id_str" : "2014257652335439878",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014257652335439878",
      "created_at" : "Thu Jan 22 08:43:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Our AI feature's usage doubled the week we removed the sparkle icon and just called it \"Draft reply\". Users don't want magic, they want a clear verb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013867086165209102"
          ],
          "editableUntil" : "2026-01-21T07:51:43.165Z",
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
            "name" : "Lena Fischer",
            "screen_name" : "lena_evals",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "919483549348844321",
            "id" : "919483549348844321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "152"
      ],
      "favorite_count" : "5",
      "id_str" : "2013867086165209102",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013867086165209102",
      "created_at" : "Wed Jan 21 06:51:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@lena_evals 0.38 on helpfulness matches our experience. We stopped using a judge for \"tone\" entirely and went back to weekly human review of 50 samples.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013831189324701701",
      "in_reply_to_status_id" : "2013831189324701701",
      "in_reply_to_user_id" : "919483549348844321",
      "in_reply_to_user_id_str" : "919483549348844321",
      "in_reply_to_screen_name" : "lena_evals"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013800987526561806"
          ],
          "editableUntil" : "2026-01-21T03:29:04.388Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "productmanagement",
            "indices" : [
              "155",
              "173"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "174",
              "177"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "17",
      "id_str" : "2013800987526561806",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013800987526561806",
      "created_at" : "Wed Jan 21 02:29:04 +0000 2026",
      "favorited" : false,
      "full_text" : "PM lesson from shipping an AI feature: the demo was 95% accurate, users found the 5% on day one and posted screenshots. Design for the failure case first. #productmanagement #AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013557954326974466"
          ],
          "editableUntil" : "2026-01-20T11:23:21.854Z",
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
        "160"
      ],
      "favorite_count" : "12",
      "id_str" : "2013557954326974466",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013557954326974466",
      "created_at" : "Tue Jan 20 10:23:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Adding thumbs up/down to AI output got us a 0.4% response rate. Adding \"Edit\" and tracking the edits gave us signal on every single use. Implicit feedback wins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013426431135313923"
          ],
          "editableUntil" : "2026-01-20T02:40:43.257Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "productmanagement",
            "indices" : [
              "121",
              "139"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "5",
      "id_str" : "2013426431135313923",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013426431135313923",
      "created_at" : "Tue Jan 20 01:40:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Our best-performing AI feature isn't chat. It's one button: \"summarize this thread\". 62% weekly usage. The chat box? 9%. #productmanagement",
      "lang" : "en"
    }
  }
]