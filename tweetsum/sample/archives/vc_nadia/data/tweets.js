window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014451156831944719"
          ],
          "editableUntil" : "2026-01-22T22:32:37.199Z",
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
        "168"
      ],
      "favorite_count" : "394",
      "id_str" : "2014451156831944719",
      "truncated" : false,
      "retweet_count" : "112",
      "id" : "2014451156831944719",
      "created_at" : "Thu Jan 22 21:32:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Gross margins are the tell. AI apps reselling frontier APIs sit at 45-55%. The ones running their own fine-tuned small models get to 70%+. Investors are finally asking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014327342751346689"
          ],
          "editableUntil" : "2026-01-22T14:20:37.145Z",
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
        "156"
      ],
      "favorite_count" : "220",
      "id_str" : "2014327342751346689",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2014327342751346689",
      "created_at" : "Thu Jan 22 13:20:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Mega-round fatigue is real. LPs are asking whether $2B rounds into labs with no path to profit are venture, or just expensive options on AGI. Fair question.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014120974007685125"
          ],
          "editableUntil" : "2026-01-22T00:40:35.007Z",
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
        "141"
      ],
      "favorite_count" : "787",
      "id_str" : "2014120974007685125",
      "truncated" : false,
      "retweet_count" : "95",
      "id" : "2014120974007685125",
      "created_at" : "Wed Jan 21 23:40:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Secondary market for AI lab shares is hot. Saw a block trade at a 20% premium to the last primary round. That's not normal and it won't last.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013936578850443274"
          ],
          "editableUntil" : "2026-01-21T12:27:52.847Z",
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
        "86"
      ],
      "favorite_count" : "489",
      "id_str" : "2013936578850443274",
      "truncated" : false,
      "retweet_count" : "104",
      "id" : "2013936578850443274",
      "created_at" : "Wed Jan 21 11:27:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooked a proper paella for 10 people tonight. Socarrat achieved. This is my real exit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013798845577871368"
          ],
          "editableUntil" : "2026-01-21T03:20:34.892Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "VC",
            "indices" : [
              "147",
              "150"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "292",
      "id_str" : "2013798845577871368",
      "truncated" : false,
      "retweet_count" : "55",
      "id" : "2013798845577871368",
      "created_at" : "Wed Jan 21 02:20:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Seed valuations for \"AI-native\" startups: median $28M pre-money in our data, vs $14M for everything else. The premium is real and mostly unearned. #VC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013779030957522952"
          ],
          "editableUntil" : "2026-01-21T02:01:49.267Z",
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
            "name" : "Zoe Carter",
            "screen_name" : "zoe_ships",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1194083176808585993",
            "id" : "1194083176808585993"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "192"
      ],
      "favorite_count" : "302",
      "id_str" : "2013779030957522952",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2013779030957522952",
      "created_at" : "Wed Jan 21 01:01:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoe_ships congrats! Restaurants are a brutal segment and 14 months to $1M with 6 people is real. Also appreciate that you call it 30% AI. Founders who know where the value is tend to keep it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013748987461840904",
      "in_reply_to_status_id" : "2013748987461840904",
      "in_reply_to_user_id" : "1194083176808585993",
      "in_reply_to_user_id_str" : "1194083176808585993",
      "in_reply_to_screen_name" : "zoe_ships"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013767008728809478"
          ],
          "editableUntil" : "2026-01-21T01:14:03.744Z",
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
            "name" : "Zoe Carter",
            "screen_name" : "zoe_ships",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1194083176808585993",
            "id" : "1194083176808585993"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "2013767008728809478",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2013767008728809478",
      "created_at" : "Wed Jan 21 00:14:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @zoe_ships: Loomwright hit $1M ARR today. 14 months, 6 people, AI bookkeeping for small restaurants. The AI part is maybe 30% of the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013749741396725767"
          ],
          "editableUntil" : "2026-01-21T00:05:26.540Z",
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
        "180"
      ],
      "favorite_count" : "682",
      "id_str" : "2013749741396725767",
      "truncated" : false,
      "retweet_count" : "146",
      "id" : "2013749741396725767",
      "created_at" : "Tue Jan 20 23:05:26 +0000 2026",
      "favorited" : false,
      "full_text" : "The best AI pitches I saw this quarter had one thing in common: they owned a workflow, not a model. Nobody cares which model is under the hood if you close the books 5 days faster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013582556785217539"
          ],
          "editableUntil" : "2026-01-20T13:01:06.232Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "192",
              "195"
            ]
          },
          {
            "text" : "VC",
            "indices" : [
              "196",
              "199"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "154",
      "id_str" : "2013582556785217539",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013582556785217539",
      "created_at" : "Tue Jan 20 12:01:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Corvid Systems raising at $6B post, 14 months after a $400M Series A. Revenue reportedly ~$90M run-rate. That's 66x ARR for an agent company. I passed at the seed. I'm fine. I'm totally fine. #AI #VC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013440770955808768"
          ],
          "editableUntil" : "2026-01-20T03:37:42.963Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "VC",
            "indices" : [
              "169",
              "172"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "305",
      "id_str" : "2013440770955808768",
      "truncated" : false,
      "retweet_count" : "70",
      "id" : "2013440770955808768",
      "created_at" : "Tue Jan 20 02:37:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Diligence question I now ask every AI startup: \"If the next frontier model is 2x better and 50% cheaper, does your business get better or worse?\" Good answers are rare. #VC",
      "lang" : "en"
    }
  }
]