window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014487868096065549"
          ],
          "editableUntil" : "2026-01-23T00:58:29.006Z",
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
            "name" : "Noah Bergstrom",
            "screen_name" : "noah_newsletter",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "578661088",
            "id" : "578661088"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "102"
      ],
      "favorite_count" : "99",
      "id_str" : "2014487868096065549",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014487868096065549",
      "created_at" : "Thu Jan 22 23:58:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@noah_newsletter go for it. I'll post an updated snapshot next week, B200 spot prices are moving fast.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014487492803444746",
      "in_reply_to_status_id" : "2014487492803444746",
      "in_reply_to_user_id" : "578661088",
      "in_reply_to_user_id_str" : "578661088",
      "in_reply_to_screen_name" : "noah_newsletter"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014486516868681737"
          ],
          "editableUntil" : "2026-01-23T00:53:07.875Z",
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
        "153"
      ],
      "favorite_count" : "48",
      "id_str" : "2014486516868681737",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014486516868681737",
      "created_at" : "Thu Jan 22 23:53:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Running a 2,048-GPU cluster taught me: at this scale something fails every ~3 hours. Checkpointing and automatic job restart matter more than peak FLOPs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014485777619697673"
          ],
          "editableUntil" : "2026-01-23T00:50:11.072Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GPU",
            "indices" : [
              "193",
              "197"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "187",
              "192"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "22",
      "id_str" : "2014485777619697673",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014485777619697673",
      "created_at" : "Thu Jan 22 23:50:11 +0000 2026",
      "favorited" : false,
      "full_text" : "GPU rental, H100 SXM on-demand: ~$2.10/hr at the marketplaces I track, down from ~$3.50 a year ago. B200s around $4.80. Compute is getting cheaper fast; demand is eating it just as fast. $NVDA #GPU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014006061740802050"
          ],
          "editableUntil" : "2026-01-21T17:03:58.231Z",
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
        "104"
      ],
      "favorite_count" : "29",
      "id_str" : "2014006061740802050",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014006061740802050",
      "created_at" : "Wed Jan 21 16:03:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Landed in Singapore, 31°C and humid after leaving a -3°C Chicago. My body has no idea what season it is.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013931607183126539"
          ],
          "editableUntil" : "2026-01-21T12:08:06.625Z",
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
            "name" : "Ken Tanaka",
            "screen_name" : "chipwatch_ken",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1160601277",
            "id" : "1160601277"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2013931607183126539",
      "truncated" : false,
      "retweet_count" : "134",
      "id" : "2013931607183126539",
      "created_at" : "Wed Jan 21 11:08:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @chipwatch_ken: Custom silicon watch: TPUs, Trainium, MTIA, Maia. By 2027 I think ~30% of hyperscaler AI compute runs on in-house chips.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013772965915303948"
          ],
          "editableUntil" : "2026-01-21T01:37:43.254Z",
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
        "192"
      ],
      "favorite_count" : "5",
      "id_str" : "2013772965915303948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013772965915303948",
      "created_at" : "Wed Jan 21 00:37:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Power per GPU keeps climbing: ~700W, then ~1,000W, next gen reportedly ~1,400W. Our 2023-era halls top out at 40 kW per rack. That infrastructure is effectively obsolete for frontier training.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013750785808568330"
          ],
          "editableUntil" : "2026-01-21T00:09:35.760Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "datacenter",
            "indices" : [
              "168",
              "179"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "26",
      "id_str" : "2013750785808568330",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013750785808568330",
      "created_at" : "Tue Jan 20 23:09:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Liquid cooling is no longer optional for new builds. Our latest racks pull 120 kW. Air can't do that. The retrofit bill for older data centers is going to be enormous. #datacenter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013704083435429893"
          ],
          "editableUntil" : "2026-01-20T21:04:00.365Z",
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
            "name" : "Sofia Alvarez",
            "screen_name" : "sofia_sre",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2958213409",
            "id" : "2958213409"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "172"
      ],
      "favorite_count" : "14",
      "id_str" : "2013704083435429893",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013704083435429893",
      "created_at" : "Tue Jan 20 20:04:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@sofia_sre this is why our gateway runs a synthetic request against every fallback provider every 5 minutes. A fallback you never exercise is a fallback that doesn't exist.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013643244461584389",
      "in_reply_to_status_id" : "2013643244461584389",
      "in_reply_to_user_id" : "2958213409",
      "in_reply_to_user_id_str" : "2958213409",
      "in_reply_to_screen_name" : "sofia_sre"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013694128220557321"
          ],
          "editableUntil" : "2026-01-20T20:24:27.811Z",
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
        "174"
      ],
      "favorite_count" : "18",
      "id_str" : "2013694128220557321",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013694128220557321",
      "created_at" : "Tue Jan 20 19:24:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Neoclouds are printing revenue but the debt structure worries me. GPUs as collateral with a 4-year depreciation schedule and a 2-year technology cycle is a spicy combination.",
      "lang" : "en"
    }
  }
]