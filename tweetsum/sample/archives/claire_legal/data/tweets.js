window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014365885701029892"
          ],
          "editableUntil" : "2026-01-22T16:53:46.034Z",
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
        "185"
      ],
      "favorite_count" : "34",
      "id_str" : "2014365885701029892",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014365885701029892",
      "created_at" : "Thu Jan 22 15:53:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Clients keep asking if putting \"AI-generated\" in the footer is enough. For deepfakes and synthetic audio, no. The labeling has to be clear at the point of exposure, not buried in terms.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014276667230072833"
          ],
          "editableUntil" : "2026-01-22T10:59:15.315Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIAct",
            "indices" : [
              "167",
              "173"
            ]
          },
          {
            "text" : "EU",
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
      "favorite_count" : "42",
      "id_str" : "2014276667230072833",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2014276667230072833",
      "created_at" : "Thu Jan 22 09:59:15 +0000 2026",
      "favorited" : false,
      "full_text" : "EU AI Act reminder for anyone deploying chatbots in Europe: users must be told they're talking to an AI. It's one sentence in the UI. Still seeing big brands skip it. #AIAct #EU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014127739759517707"
          ],
          "editableUntil" : "2026-01-22T01:07:28.114Z",
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
            "name" : "Priya Raman",
            "screen_name" : "priya_policy",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1179514744",
            "id" : "1179514744"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "145"
      ],
      "favorite_count" : "39",
      "id_str" : "2014127739759517707",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014127739759517707",
      "created_at" : "Thu Jan 22 00:07:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@priya_policy exactly. I'd expect the first competition inquiries into exclusive data licensing deals within 18 months, probably in the EU first.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014066554073718790",
      "in_reply_to_status_id" : "2014066554073718790",
      "in_reply_to_user_id" : "1179514744",
      "in_reply_to_user_id_str" : "1179514744",
      "in_reply_to_screen_name" : "priya_policy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014060889902227460"
          ],
          "editableUntil" : "2026-01-21T20:41:50.164Z",
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
        "204"
      ],
      "favorite_count" : "700",
      "id_str" : "2014060889902227460",
      "truncated" : false,
      "retweet_count" : "165",
      "id" : "2014060889902227460",
      "created_at" : "Wed Jan 21 19:41:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Copyright update: two courts, two directions on training-data fair use this month. Until there's an appellate ruling, expect licensing deals to keep multiplying. Publishers are pricing in the uncertainty.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013775003173052430"
          ],
          "editableUntil" : "2026-01-21T01:45:49.975Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIAct",
            "indices" : [
              "176",
              "182"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "11",
      "id_str" : "2013775003173052430",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013775003173052430",
      "created_at" : "Wed Jan 21 00:45:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Liability for agent actions is the next big question. If an agent signs a contract on your behalf, the agent isn't the party. You are. Draft your terms of service accordingly. #AIAct",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013645059911774219"
          ],
          "editableUntil" : "2026-01-20T17:09:28.591Z",
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
            "name" : "吴政策观察",
            "screen_name" : "wu_zhengce",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "836379430221267343",
            "id" : "836379430221267343"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "204"
      ],
      "favorite_count" : "25",
      "id_str" : "2013645059911774219",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013645059911774219",
      "created_at" : "Tue Jan 20 16:09:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@wu_zhengce a good summary. For companies doing both markets, I'd add one practical tip: keep one technical documentation set and map it to both regimes. Two separate compliance stacks get expensive fast.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013614045275308045",
      "in_reply_to_status_id" : "2013614045275308045",
      "in_reply_to_user_id" : "836379430221267343",
      "in_reply_to_user_id_str" : "836379430221267343",
      "in_reply_to_screen_name" : "wu_zhengce"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013604484576784396"
          ],
          "editableUntil" : "2026-01-20T14:28:14.316Z",
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
        "189"
      ],
      "favorite_count" : "151",
      "id_str" : "2013604484576784396",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2013604484576784396",
      "created_at" : "Tue Jan 20 13:28:14 +0000 2026",
      "favorited" : false,
      "full_text" : "The general-purpose AI code of practice has become the de facto compliance checklist. Training-data summaries are the hardest part for most providers. \"We scraped the web\" is not a summary.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013557411498221571"
          ],
          "editableUntil" : "2026-01-20T11:21:11.633Z",
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
        "106"
      ],
      "favorite_count" : "86",
      "id_str" : "2013557411498221571",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2013557411498221571",
      "created_at" : "Tue Jan 20 10:21:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Brussels weather: grey, wet, 5°C. Perfect for reading 400 pages of implementing acts with a lot of coffee.",
      "lang" : "en"
    }
  }
]