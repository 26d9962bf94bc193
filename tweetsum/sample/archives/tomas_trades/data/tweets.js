window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014422061277265921"
          ],
          "editableUntil" : "2026-01-22T20:37:00.594Z",
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
        "105"
      ],
      "favorite_count" : "40",
      "id_str" : "2014422061277265921",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014422061277265921",
      "created_at" : "Thu Jan 22 19:37:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Lakers lost again. My portfolio and my team are both in a drawdown. At least one of them has a stop loss.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014403147083550725"
          ],
          "editableUntil" : "2026-01-22T19:21:50.510Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "crypto",
            "indices" : [
              "168",
              "175"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "BTC",
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
        "175"
      ],
      "favorite_count" : "37",
      "id_str" : "2014403147083550725",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014403147083550725",
      "created_at" : "Thu Jan 22 18:21:50 +0000 2026",
      "favorited" : false,
      "full_text" : "$BTC miners pivoting to AI hosting is the most interesting crossover trade of the year. They already have power contracts, which is exactly what the AI buildout lacks. #crypto",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014362358851575814"
          ],
          "editableUntil" : "2026-01-22T16:39:46.117Z",
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
            "text" : "NVDA",
            "indices" : [
              "89",
              "94"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/svqIext1zD",
            "expanded_url" : "https://twitter.com/quantqueen_ria/status/2014319097555849226",
            "display_url" : "twitter.com/quantqueen_ria/…",
            "indices" : [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "31",
      "id_str" : "2014362358851575814",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014362358851575814",
      "created_at" : "Thu Jan 22 15:39:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Bought the same dip. The difference from 2022: earnings are actually going up this time. $NVDA https://t.co/svqIext1zD",
      "lang" : "en",
      "quoted_status_id_str" : "2014319097555849226"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014206046429507597"
          ],
          "editableUntil" : "2026-01-22T06:18:38.605Z",
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
            "text" : "ETH",
            "indices" : [
              "131",
              "135"
            ]
          },
          {
            "text" : "SOL",
            "indices" : [
              "136",
              "140"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "74",
      "id_str" : "2014206046429507597",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2014206046429507597",
      "created_at" : "Thu Jan 22 05:18:38 +0000 2026",
      "favorited" : false,
      "full_text" : "AI agent tokens are the 2026 version of 2021 metaverse tokens. 90% will be gone in 18 months. I'm trading them, not marrying them. $ETH $SOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014050650720653324"
          ],
          "editableUntil" : "2026-01-21T20:01:09.550Z",
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
            "text" : "NVDA",
            "indices" : [
              "13",
              "18"
            ]
          },
          {
            "text" : "TSM",
            "indices" : [
              "42",
              "46"
            ]
          },
          {
            "text" : "AVGO",
            "indices" : [
              "51",
              "56"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "91",
      "id_str" : "2014050650720653324",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014050650720653324",
      "created_at" : "Wed Jan 21 19:01:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Sold half my $NVDA today and rotated into $TSM and $AVGO. Not bearish, just too concentrated. If you're 40% in one stock, that's not a portfolio, it's a bet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013952795909132294"
          ],
          "editableUntil" : "2026-01-21T13:32:18.415Z",
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
            "text" : "ETH",
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
        "158"
      ],
      "favorite_count" : "47",
      "id_str" : "2013952795909132294",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2013952795909132294",
      "created_at" : "Wed Jan 21 12:32:18 +0000 2026",
      "favorited" : false,
      "full_text" : "$ETH fees near all-time lows and everyone's talking about AI agents paying each other in stablecoins. If that actually happens, the L2s are the rails. Big if.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013944575305592839"
          ],
          "editableUntil" : "2026-01-21T12:59:38.406Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "crypto",
            "indices" : [
              "180",
              "187"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "BTC",
            "indices" : [
              "0",
              "4"
            ]
          },
          {
            "text" : "NVDA",
            "indices" : [
              "132",
              "137"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "26",
      "id_str" : "2013944575305592839",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013944575305592839",
      "created_at" : "Wed Jan 21 11:59:38 +0000 2026",
      "favorited" : false,
      "full_text" : "$BTC holding six figures while AI stocks wobble is interesting. Crypto used to trade like leveraged Nasdaq. 30-day correlation with $NVDA is now ~0.2. Decoupling, or just a pause? #crypto",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013702240431804427"
          ],
          "editableUntil" : "2026-01-20T20:56:41.871Z",
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
        "135"
      ],
      "favorite_count" : "39",
      "id_str" : "2013702240431804427",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2013702240431804427",
      "created_at" : "Tue Jan 20 19:56:41 +0000 2026",
      "favorited" : false,
      "full_text" : "$AMD up 6% on a rumor of a cloud inference deal. No press release, no confirmation. I've seen this movie. Taking profits into strength.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013685796554891274"
          ],
          "editableUntil" : "2026-01-20T19:51:21.248Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "BTC",
            "indices" : [
              "43",
              "47"
            ]
          },
          {
            "text" : "NVDA",
            "indices" : [
              "60",
              "65"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "唐量化",
            "screen_name" : "tang_liangjie",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "689386238115627342",
            "id" : "689386238115627342"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "144"
      ],
      "favorite_count" : "20",
      "id_str" : "2013685796554891274",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013685796554891274",
      "created_at" : "Tue Jan 20 18:51:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@tang_liangjie same read. What I watch: if $BTC holds while $NVDA drops 5%+ in a day, the decoupling is real. One quiet week doesn't prove much.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013655639625801736",
      "in_reply_to_status_id" : "2013655639625801736",
      "in_reply_to_user_id" : "689386238115627342",
      "in_reply_to_user_id_str" : "689386238115627342",
      "in_reply_to_screen_name" : "tang_liangjie"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013483040209440771"
          ],
          "editableUntil" : "2026-01-20T06:25:40.636Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "TSM",
            "indices" : [
              "20",
              "24"
            ]
          }
        ],
        "user_mentions" : [
          {
            "name" : "Ria Malhotra",
            "screen_name" : "quantqueen_ria",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "507868988",
            "id" : "507868988"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2013483040209440771",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2013483040209440771",
      "created_at" : "Tue Jan 20 05:25:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @quantqueen_ria: $TSM is the cleanest way to own the AI buildout without picking a GPU winner. Advanced packaging is the bottleneck and…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013421799518531599"
          ],
          "editableUntil" : "2026-01-20T02:22:19.332Z",
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
        "150"
      ],
      "favorite_count" : "49",
      "id_str" : "2013421799518531599",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013421799518531599",
      "created_at" : "Tue Jan 20 01:22:19 +0000 2026",
      "favorited" : false,
      "full_text" : "$META ripping +4% on the AI ad-tools news. The market loves AI that directly prints revenue. Chatbots are a story; better ad targeting is a cash flow.",
      "lang" : "en"
    }
  }
]