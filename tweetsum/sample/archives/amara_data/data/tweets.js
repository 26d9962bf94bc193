window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014301051696107522"
          ],
          "editableUntil" : "2026-01-22T12:36:09.516Z",
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
        "164"
      ],
      "favorite_count" : "3",
      "id_str" : "2014301051696107522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014301051696107522",
      "created_at" : "Thu Jan 22 11:36:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Synthetic data is great until the model trains on its own mistakes. We still have humans check ~5% of every synthetic batch, and that 5% catches the weird failures.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014230210129555470"
          ],
          "editableUntil" : "2026-01-22T07:54:39.508Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "203",
              "206"
            ]
          },
          {
            "text" : "data",
            "indices" : [
              "207",
              "212"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "27",
      "id_str" : "2014230210129555470",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014230210129555470",
      "created_at" : "Thu Jan 22 06:54:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Data labeling isn't dying, it's moving upmarket. Our annotators in Lagos now mostly do expert work: grading code, checking math proofs, writing rubric-based critiques. Average pay up 35% year over year. #AI #data",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013889658541015046"
          ],
          "editableUntil" : "2026-01-21T09:21:25.006Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "NLP",
            "indices" : [
              "155",
              "159"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "20",
      "id_str" : "2013889658541015046",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013889658541015046",
      "created_at" : "Wed Jan 21 08:21:25 +0000 2026",
      "favorited" : false,
      "full_text" : "The multilingual gap is real: we have 200 Yoruba and Hausa annotators ready and almost no lab is buying. Low-resource languages are still an afterthought. #NLP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013835203091574791"
          ],
          "editableUntil" : "2026-01-21T05:45:02.340Z",
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
        "urls" : [
          {
            "url" : "https://t.co/6nSsMEThWY",
            "expanded_url" : "https://twitter.com/bai_shuju/status/2013699664794685443",
            "display_url" : "twitter.com/bai_shuju/statu…",
            "indices" : [
              "150",
              "173"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "16",
      "id_str" : "2013835203091574791",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013835203091574791",
      "created_at" : "Wed Jan 21 04:45:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Same split in Nigeria. Bounding boxes are a race to the bottom; expert review pays. The hard part is training people for the expert tier fast enough. https://t.co/6nSsMEThWY",
      "lang" : "en",
      "quoted_status_id_str" : "2013699664794685443"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013688681722847244"
          ],
          "editableUntil" : "2026-01-20T20:02:48.457Z",
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
        "189"
      ],
      "favorite_count" : "4",
      "id_str" : "2013688681722847244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013688681722847244",
      "created_at" : "Tue Jan 20 19:02:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Visited our Nairobi team this week. 40% of our code-review annotators now have CS degrees. Two years ago it was under 10%. The work is becoming real skilled work, and the pay should follow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013450247840862221"
          ],
          "editableUntil" : "2026-01-20T04:15:21.077Z",
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
        "127"
      ],
      "favorite_count" : "11",
      "id_str" : "2013450247840862221",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013450247840862221",
      "created_at" : "Tue Jan 20 03:15:21 +0000 2026",
      "favorited" : false,
      "full_text" : "RLHF data quality hack: pay annotators for agreement with a hidden gold set, not for speed. Our error rate fell from 11% to 4%.",
      "lang" : "en"
    }
  }
]