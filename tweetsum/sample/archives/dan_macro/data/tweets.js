window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014293214376230922"
          ],
          "editableUntil" : "2026-01-22T12:05:00.982Z",
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
      "favorite_count" : "195",
      "id_str" : "2014293214376230922",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "2014293214376230922",
      "created_at" : "Thu Jan 22 11:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Electricity prices near data center clusters are rising faster than the national average. That becomes a local political issue in this year's midterm races.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014269289118044169"
          ],
          "editableUntil" : "2026-01-22T10:29:56.343Z",
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
            "url" : "https://t.co/cVWrNLCabV",
            "expanded_url" : "https://twitter.com/hal_capex/status/2014145840563679242",
            "display_url" : "twitter.com/hal_capex/statu…",
            "indices" : [
              "181",
              "204"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "84",
      "id_str" : "2014269289118044169",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2014269289118044169",
      "created_at" : "Thu Jan 22 09:29:56 +0000 2026",
      "favorited" : false,
      "full_text" : "The depreciation question is a macro question too. If useful GPU life is 3 years rather than 6, reported corporate profits are overstated by a meaningful amount at the index level. https://t.co/cVWrNLCabV",
      "lang" : "en",
      "quoted_status_id_str" : "2014145840563679242"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014177627197333507"
          ],
          "editableUntil" : "2026-01-22T04:25:42.184Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "macro",
            "indices" : [
              "167",
              "173"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "445",
      "id_str" : "2014177627197333507",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "2014177627197333507",
      "created_at" : "Thu Jan 22 03:25:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Strong dollar + AI capex = imported GPUs are cheap for US buyers and expensive for everyone else. One reason the compute gap between the US and Europe keeps widening. #macro",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013951903748304899"
          ],
          "editableUntil" : "2026-01-21T13:28:45.649Z",
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
        "143"
      ],
      "favorite_count" : "57",
      "id_str" : "2013951903748304899",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2013951903748304899",
      "created_at" : "Wed Jan 21 12:28:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Cold snap across the Midwest: -24°C in Minneapolis this morning. Natural gas futures up 7% and my car refused to start. Both are macro signals.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013871073178439684"
          ],
          "editableUntil" : "2026-01-21T08:07:34.108Z",
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
              "179",
              "182"
            ]
          },
          {
            "text" : "macro",
            "indices" : [
              "183",
              "189"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "30",
      "id_str" : "2013871073178439684",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013871073178439684",
      "created_at" : "Wed Jan 21 07:07:34 +0000 2026",
      "favorited" : false,
      "full_text" : "AI capex is now a macro variable. Data center construction added roughly 0.4pp to US GDP growth last year by some estimates. If capex slows, it shows up in the national accounts. #AI #macro",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013751177320878087"
          ],
          "editableUntil" : "2026-01-21T00:11:09.582Z",
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
      "favorite_count" : "199",
      "id_str" : "2013751177320878087",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2013751177320878087",
      "created_at" : "Tue Jan 20 23:11:09 +0000 2026",
      "favorited" : false,
      "full_text" : "The productivity boom bulls keep promising hasn't shown up in aggregate data yet. Electrification took ~20 years to show up. Patience or skepticism, depending on your priors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013700583778795530"
          ],
          "editableUntil" : "2026-01-20T20:50:06.796Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "macro",
            "indices" : [
              "177",
              "183"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "95",
      "id_str" : "2013700583778795530",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2013700583778795530",
      "created_at" : "Tue Jan 20 19:50:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Data center construction spending is now larger than office construction in the US. A remarkable shift in five years. The office buildings are empty; the server halls are full. #macro",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013568154508324865"
          ],
          "editableUntil" : "2026-01-20T12:03:52.152Z",
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
            "name" : "Hal Brennan",
            "screen_name" : "hal_capex",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "349320503",
            "id" : "349320503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2013568154508324865",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013568154508324865",
      "created_at" : "Tue Jan 20 11:03:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @hal_capex: Added up the 2026 capex guides from the four biggest clouds: roughly $470B combined, up ~35% y/y. More than the GDP of most…",
      "lang" : "en"
    }
  }
]