window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014469796924583939"
          ],
          "editableUntil" : "2026-01-22T23:46:41.958Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "robotics",
            "indices" : [
              "169",
              "178"
            ]
          }
        ],
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
        "178"
      ],
      "favorite_count" : "54",
      "id_str" : "2014469796924583939",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2014469796924583939",
      "created_at" : "Thu Jan 22 22:46:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@marco_robots the $30/hr figure is US pricing. In Japan we see closer to $20, in China under $10. Data collection is following the same offshoring path as labeling did. #robotics",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014446491293503494",
      "in_reply_to_status_id" : "2014446491293503494",
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
            "2014305392852348929"
          ],
          "editableUntil" : "2026-01-22T12:53:24.594Z",
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
        "urls" : [
          {
            "url" : "https://t.co/7iCP2wVENt",
            "expanded_url" : "https://twitter.com/zhou_robot/status/2014244411267215375",
            "display_url" : "twitter.com/zhou_robot/stat…",
            "indices" : [
              "186",
              "209"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "45",
      "id_str" : "2014305392852348929",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2014305392852348929",
      "created_at" : "Thu Jan 22 11:53:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Chinese humanoid pricing keeps surprising me. At this rate the hardware will be cheap enough for small factories in Japan by 2027. The question is whether the software is ready by then. https://t.co/7iCP2wVENt",
      "lang" : "en",
      "quoted_status_id_str" : "2014244411267215375"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014145959572516877"
          ],
          "editableUntil" : "2026-01-22T02:19:52.980Z",
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
        "178"
      ],
      "favorite_count" : "78",
      "id_str" : "2014145959572516877",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2014145959572516877",
      "created_at" : "Thu Jan 22 01:19:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Robot arm vendors are quietly becoming AI companies. One of the big Japanese suppliers now ships a foundation-model controller as a software upgrade for arms sold five years ago.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013989099519025160"
          ],
          "editableUntil" : "2026-01-21T15:56:34.966Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "robotics",
            "indices" : [
              "192",
              "201"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "22",
      "id_str" : "2013989099519025160",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013989099519025160",
      "created_at" : "Wed Jan 21 14:56:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Visited a parts factory in Aichi where 14 robot arms are now driven by a single vision-language-action model instead of per-station scripts. Changeover time for a new part: 2 days to 3 hours. #robotics",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013855551230832642"
          ],
          "editableUntil" : "2026-01-21T07:05:53.104Z",
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
        "169"
      ],
      "favorite_count" : "44",
      "id_str" : "2013855551230832642",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013855551230832642",
      "created_at" : "Wed Jan 21 06:05:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Humanoid prices I've heard this month: $90k, $45k, and one Chinese supplier at ~$16k for a basic model. Hardware costs are falling faster than the software is improving.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013762606490742794"
          ],
          "editableUntil" : "2026-01-21T00:56:33.531Z",
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
        "125"
      ],
      "favorite_count" : "184",
      "id_str" : "2013762606490742794",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2013762606490742794",
      "created_at" : "Tue Jan 20 23:56:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Onsen after a long site visit. Snow falling on the outdoor bath. I understand nothing about robots right now and that's fine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013745535034232834"
          ],
          "editableUntil" : "2026-01-20T23:48:43.920Z",
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
        "137"
      ],
      "favorite_count" : "99",
      "id_str" : "2013745535034232834",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2013745535034232834",
      "created_at" : "Tue Jan 20 22:48:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Japan's labor shortage is the best argument for robotics anywhere. It's not replacement, it's \"nobody applied for this job in 18 months\".",
      "lang" : "en"
    }
  }
]