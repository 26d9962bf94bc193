window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014458710506237959"
          ],
          "editableUntil" : "2026-01-22T23:02:38.858Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "GOOGL",
            "indices" : [
              "0",
              "6"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "251",
      "id_str" : "2014458710506237959",
      "truncated" : false,
      "retweet_count" : "73",
      "id" : "2014458710506237959",
      "created_at" : "Thu Jan 22 22:02:38 +0000 2026",
      "favorited" : false,
      "full_text" : "$GOOGL quietly became the best-performing megacap this month and nobody on my feed noticed. Cloud margins + TPUs + a search business that refuses to die. The \"AI kills Google\" trade was crowded.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014319097555849226"
          ],
          "editableUntil" : "2026-01-22T13:47:51.200Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "161",
              "164"
            ]
          },
          {
            "text" : "stocks",
            "indices" : [
              "165",
              "172"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "NVDA",
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
        "172"
      ],
      "favorite_count" : "150",
      "id_str" : "2014319097555849226",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014319097555849226",
      "created_at" : "Thu Jan 22 12:47:51 +0000 2026",
      "favorited" : false,
      "full_text" : "$NVDA opening down 2.8% on \"capex digestion\" chatter is the same movie we've seen four times. Hyperscaler guidance hasn't moved. Adding on weakness, small size. #AI #stocks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014263132272259072"
          ],
          "editableUntil" : "2026-01-22T10:05:28.660Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "40",
              "45"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "65",
      "id_str" : "2014263132272259072",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2014263132272259072",
      "created_at" : "Thu Jan 22 09:05:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Options market is pricing a ~9% move on $NVDA earnings. Implied vol has overpriced the realized move three quarters running. Selling premium, defined risk only.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014229631898185734"
          ],
          "editableUntil" : "2026-01-22T07:52:21.246Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "MSFT",
            "indices" : [
              "127",
              "132"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "270",
      "id_str" : "2014229631898185734",
      "truncated" : false,
      "retweet_count" : "71",
      "id" : "2014229631898185734",
      "created_at" : "Thu Jan 22 06:52:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Everyone is long picks-and-shovels. The contrarian setup is application software that got crushed on \"AI will eat SaaS\" fears. $MSFT at this multiple isn't expensive if Copilot seats keep compounding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014076643900739597"
          ],
          "editableUntil" : "2026-01-21T21:44:26.943Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "88",
              "93"
            ]
          },
          {
            "text" : "TSM",
            "indices" : [
              "217",
              "221"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xjYPKewbDN",
            "expanded_url" : "https://twitter.com/i/web/status/2014076643900739597",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "242",
              "265"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "585",
      "id_str" : "2014076643900739597",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2014076643900739597",
      "created_at" : "Wed Jan 21 20:44:26 +0000 2026",
      "favorited" : false,
      "full_text" : "My Q1 positioning, since people keep asking (not advice, just how I think about it):\n\n- $NVDA: core long, trimmed 15% into the December highs. Still the default supplier until custom silicon proves itself at scale.\n- $TSM: largest position.… https://t.co/xjYPKewbDN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014033626354733068"
          ],
          "editableUntil" : "2026-01-21T18:53:30.317Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "69",
              "74"
            ]
          },
          {
            "text" : "AMD",
            "indices" : [
              "82",
              "86"
            ]
          },
          {
            "text" : "TSM",
            "indices" : [
              "94",
              "98"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "priya_policy",
            "indices" : [
              "183",
              "196"
            ],
            "id_str" : "1179514744",
            "id" : "1179514744"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "201",
      "id_str" : "2014033626354733068",
      "truncated" : false,
      "retweet_count" : "51",
      "id" : "2014033626354733068",
      "created_at" : "Wed Jan 21 17:53:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Market reaction to today's export-control headlines was oddly muted: $NVDA -1.1%, $AMD -0.6%, $TSM flat. Either it's priced in or nobody read past the headline. My bet is the latter. @priya_policy what's the actual scope?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013803993540403210"
          ],
          "editableUntil" : "2026-01-21T03:41:01.347Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "AMD",
            "indices" : [
              "0",
              "4"
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
      "favorite_count" : "187",
      "id_str" : "2013803993540403210",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013803993540403210",
      "created_at" : "Wed Jan 21 02:41:01 +0000 2026",
      "favorited" : false,
      "full_text" : "$AMD needs one clear inference win at a top-3 cloud to break out of this range. The hardware roadmap is fine; the software story is what the market is pricing. Watching how it trades into earnings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013682745766567940"
          ],
          "editableUntil" : "2026-01-20T19:39:13.693Z",
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
            "url" : "https://t.co/UlmGldzsYT",
            "expanded_url" : "https://twitter.com/hal_capex/status/2013547989908660239",
            "display_url" : "twitter.com/hal_capex/statu…",
            "indices" : [
              "202",
              "225"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "777",
      "id_str" : "2013682745766567940",
      "truncated" : false,
      "retweet_count" : "165",
      "id" : "2013682745766567940",
      "created_at" : "Tue Jan 20 18:39:13 +0000 2026",
      "favorited" : false,
      "full_text" : "This is the number that matters. $470B of capex needs roughly $1T+ of eventual AI revenue to earn a decent return. We're nowhere near that yet, which is exactly why every \"digestion\" scare gets bought. https://t.co/UlmGldzsYT",
      "lang" : "en",
      "quoted_status_id_str" : "2013547989908660239"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013648130941599757"
          ],
          "editableUntil" : "2026-01-20T17:21:40.357Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "SOX",
            "indices" : [
              "45",
              "49"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "1146",
      "id_str" : "2013648130941599757",
      "truncated" : false,
      "retweet_count" : "76",
      "id" : "2013648130941599757",
      "created_at" : "Tue Jan 20 16:21:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Semis had their worst day in a month and the $SOX bounce started before lunch. Dip buyers are still in charge. The day that bounce doesn't come is the day to worry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013509237652860933"
          ],
          "editableUntil" : "2026-01-20T08:09:46.137Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "semiconductors",
            "indices" : [
              "110",
              "125"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "MU",
            "indices" : [
              "9",
              "12"
            ]
          },
          {
            "text" : "NVDA",
            "indices" : [
              "45",
              "50"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "503",
      "id_str" : "2013509237652860933",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "2013509237652860933",
      "created_at" : "Tue Jan 20 07:09:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Watching $MU into earnings more closely than $NVDA this time. HBM pricing is where the margin surprise lives. #semiconductors",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013475819427029005"
          ],
          "editableUntil" : "2026-01-20T05:56:58.998Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "META",
            "indices" : [
              "25",
              "30"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "Tomás Ortega",
            "screen_name" : "tomas_trades",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "300986960",
            "id" : "300986960"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "148"
      ],
      "favorite_count" : "175",
      "id_str" : "2013475819427029005",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013475819427029005",
      "created_at" : "Tue Jan 20 04:56:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@tomas_trades agree, and $META is the rare case where AI spend shows up in revenue the same quarter. That's why the market forgives the capex there.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013421799518531599",
      "in_reply_to_status_id" : "2013421799518531599",
      "in_reply_to_user_id" : "300986960",
      "in_reply_to_user_id_str" : "300986960",
      "in_reply_to_screen_name" : "tomas_trades"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013424706993086473"
          ],
          "editableUntil" : "2026-01-20T02:33:52.706Z",
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
        "124"
      ],
      "favorite_count" : "343",
      "id_str" : "2013424706993086473",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013424706993086473",
      "created_at" : "Tue Jan 20 01:33:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Snow day in the city. Markets open, schools closed, and my kid is building a \"data center\" out of Lego. Proud parent moment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013412666047930371"
          ],
          "editableUntil" : "2026-01-20T01:46:01.017Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "TSM",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "262",
      "id_str" : "2013412666047930371",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2013412666047930371",
      "created_at" : "Tue Jan 20 00:46:01 +0000 2026",
      "favorited" : false,
      "full_text" : "$TSM is the cleanest way to own the AI buildout without picking a GPU winner. Advanced packaging is the bottleneck and they own it. Boring thesis, great thesis.",
      "lang" : "en"
    }
  }
]