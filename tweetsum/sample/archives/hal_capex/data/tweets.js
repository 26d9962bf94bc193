window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014447724842024965"
          ],
          "editableUntil" : "2026-01-22T22:18:58.313Z",
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
        "127"
      ],
      "favorite_count" : "210",
      "id_str" : "2014447724842024965",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2014447724842024965",
      "created_at" : "Thu Jan 22 21:18:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Flight delayed 3 hours in Denver. Wrote half a capex model on a napkin. The napkin says buy transformers (the electrical kind).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014397769420222467"
          ],
          "editableUntil" : "2026-01-22T19:00:28.503Z",
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
            "name" : "陈算力",
            "screen_name" : "chen_suanli",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1072647439252812313",
            "id" : "1072647439252812313"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "176"
      ],
      "favorite_count" : "72",
      "id_str" : "2014397769420222467",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2014397769420222467",
      "created_at" : "Thu Jan 22 18:00:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@chen_suanli nice back-of-envelope. Your ~9 MW per 10k H100s matches what I use. Now double it for the next generation of racks, and the power problem gets very real very fast.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014345804333088770",
      "in_reply_to_status_id" : "2014345804333088770",
      "in_reply_to_user_id" : "1072647439252812313",
      "in_reply_to_user_id_str" : "1072647439252812313",
      "in_reply_to_screen_name" : "chen_suanli"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014238950312910863"
          ],
          "editableUntil" : "2026-01-22T08:29:23.543Z",
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
        "196"
      ],
      "favorite_count" : "83",
      "id_str" : "2014238950312910863",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2014238950312910863",
      "created_at" : "Thu Jan 22 07:29:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Utility filings are the best leading indicator for data center buildout I know. One Midwest utility just raised its large-load forecast by 6 GW. That's several new nuclear plants' worth of demand.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014145840563679242"
          ],
          "editableUntil" : "2026-01-22T02:19:24.299Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "GOOGL",
            "indices" : [
              "186",
              "192"
            ]
          },
          {
            "text" : "MSFT",
            "indices" : [
              "193",
              "198"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "43",
      "id_str" : "2014145840563679242",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2014145840563679242",
      "created_at" : "Thu Jan 22 01:19:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Depreciation schedules are the quiet story. Stretching server life from 5 to 6 years flatters earnings by billions. If GPUs are really obsolete in 3-4 years, that's a future write-down. $GOOGL $MSFT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014015976731226126"
          ],
          "editableUntil" : "2026-01-21T17:43:22.829Z",
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
        "219"
      ],
      "favorite_count" : "199",
      "id_str" : "2014015976731226126",
      "truncated" : false,
      "retweet_count" : "49",
      "id" : "2014015976731226126",
      "created_at" : "Wed Jan 21 16:43:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Counterpoint to my own bear case: inference demand is now growing faster than training. Utilization on older H100 fleets is still above 80% at the providers I track. Obsolescence risk is lower than I thought a year ago.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013939833223163915"
          ],
          "editableUntil" : "2026-01-21T12:40:48.381Z",
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
        "193"
      ],
      "favorite_count" : "63",
      "id_str" : "2013939833223163915",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013939833223163915",
      "created_at" : "Wed Jan 21 11:40:48 +0000 2026",
      "favorited" : false,
      "full_text" : "The real constraint isn't chips anymore, it's grid interconnects. Three developers told me this month their sites are waiting 3-5 years for power. Whoever owns energized land wins the next leg.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013928016695513095"
          ],
          "editableUntil" : "2026-01-21T11:53:50.552Z",
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
            "name" : "Dan Whitfield",
            "screen_name" : "dan_macro",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "78293638",
            "id" : "78293638"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2013928016695513095",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013928016695513095",
      "created_at" : "Wed Jan 21 10:53:50 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dan_macro: AI capex is now a macro variable. Data center construction added roughly 0.4pp to US GDP growth last year by some estimates.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013841217020264451"
          ],
          "editableUntil" : "2026-01-21T06:08:56.634Z",
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
        "120"
      ],
      "favorite_count" : "208",
      "id_str" : "2013841217020264451",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2013841217020264451",
      "created_at" : "Wed Jan 21 05:08:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Small modular reactors won't help the 2026-2028 power crunch. Gas turbines will. Turbine order books are full into 2029.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013811068120748045"
          ],
          "editableUntil" : "2026-01-21T04:09:08.950Z",
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
        "urls" : [
          {
            "url" : "https://t.co/AIsBFlghXR",
            "expanded_url" : "https://twitter.com/chipwatch_ken/status/2013761845503090701",
            "display_url" : "twitter.com/chipwatch_ken/s…",
            "indices" : [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "58",
      "id_str" : "2013811068120748045",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013811068120748045",
      "created_at" : "Wed Jan 21 03:09:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Every capex model I build now has a line for packaging capacity. Two years ago nobody outside the industry knew the word CoWoS. https://t.co/AIsBFlghXR",
      "lang" : "en",
      "quoted_status_id_str" : "2013761845503090701"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013644407467065352"
          ],
          "editableUntil" : "2026-01-20T17:06:53.279Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "capex",
            "indices" : [
              "0",
              "6"
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
      "favorite_count" : "64",
      "id_str" : "2013644407467065352",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013644407467065352",
      "created_at" : "Tue Jan 20 16:06:53 +0000 2026",
      "favorited" : false,
      "full_text" : "#capex sanity check: R&amp;D + capex at the four biggest clouds is now &gt; $600B a year combined. For comparison, that's more than the entire global semiconductor industry's revenue a few years ago.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013547989908660239"
          ],
          "editableUntil" : "2026-01-20T10:43:45.349Z",
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
              "197",
              "200"
            ]
          },
          {
            "text" : "capex",
            "indices" : [
              "201",
              "207"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "MSFT",
            "indices" : [
              "172",
              "177"
            ]
          },
          {
            "text" : "GOOGL",
            "indices" : [
              "178",
              "184"
            ]
          },
          {
            "text" : "AMZN",
            "indices" : [
              "185",
              "190"
            ]
          },
          {
            "text" : "META",
            "indices" : [
              "191",
              "196"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "263",
      "id_str" : "2013547989908660239",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013547989908660239",
      "created_at" : "Tue Jan 20 09:43:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Added up the 2026 capex guides from the four biggest clouds: roughly $470B combined, up ~35% y/y. More than the GDP of most countries, going into concrete, power and GPUs. $MSFT $GOOGL $AMZN $META #AI #capex",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013487177754013699"
          ],
          "editableUntil" : "2026-01-20T06:42:06.130Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "META",
            "indices" : [
              "0",
              "5"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "73",
      "id_str" : "2013487177754013699",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013487177754013699",
      "created_at" : "Tue Jan 20 05:42:06 +0000 2026",
      "favorited" : false,
      "full_text" : "$META guiding capex up again and the stock rallying tells you the market has stopped punishing spend as long as ad growth keeps up. That tolerance ends the quarter ad growth slows.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013446037034012672"
          ],
          "editableUntil" : "2026-01-20T03:58:37.599Z",
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
              "0",
              "14"
            ],
            "id_str" : "1160601277",
            "id" : "1160601277"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "193"
      ],
      "favorite_count" : "34",
      "id_str" : "2013446037034012672",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013446037034012672",
      "created_at" : "Tue Jan 20 02:58:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@chipwatch_ken and HBM allocation is a capex story too: the memory makers are now the ones deciding who gets to spend their $50B. Strange world where the supplier of the supplier sets the pace.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013425915520450570",
      "in_reply_to_status_id" : "2013425915520450570",
      "in_reply_to_user_id" : "1160601277",
      "in_reply_to_user_id_str" : "1160601277",
      "in_reply_to_screen_name" : "chipwatch_ken"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013408469856120832"
          ],
          "editableUntil" : "2026-01-20T01:29:21.713Z",
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
        "urls" : [
          {
            "url" : "https://t.co/JYmFTUFz5v",
            "expanded_url" : "https://twitter.com/i/web/status/2013408469856120832",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "244",
              "267"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "414",
      "id_str" : "2013408469856120832",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2013408469856120832",
      "created_at" : "Tue Jan 20 00:29:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Longer thought on why I'm less worried about an AI capex \"bust\" than I was six months ago.\n\nThe bear case was simple: hyperscalers overbuild, utilization drops, prices crash, capex gets cut 30%, and the supply chain gets crushed. That was the… https://t.co/JYmFTUFz5v",
      "lang" : "en"
    }
  }
]