window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014478883239116811"
          ],
          "editableUntil" : "2026-01-23T00:22:47.732Z",
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
        "159"
      ],
      "favorite_count" : "23",
      "id_str" : "2014478883239116811",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014478883239116811",
      "created_at" : "Thu Jan 22 23:22:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Pricing is moving from per-seat to per-outcome. A customer asked us to price per resolved ticket instead of per agent license. We said yes. Scary and exciting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014274241655865353"
          ],
          "editableUntil" : "2026-01-22T10:49:37.390Z",
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
      "favorite_count" : "28",
      "id_str" : "2014274241655865353",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014274241655865353",
      "created_at" : "Thu Jan 22 09:49:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Q&amp;A from today's customer panel: \"Will the model train on our data?\" came up 9 times. \"How accurate is it?\" came up twice. In enterprise buying, trust &gt; accuracy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014040387749814283"
          ],
          "editableUntil" : "2026-01-21T19:20:22.234Z",
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
              "150",
              "155"
            ]
          },
          {
            "text" : "GOOGL",
            "indices" : [
              "160",
              "166"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "11",
      "id_str" : "2014040387749814283",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014040387749814283",
      "created_at" : "Wed Jan 21 18:20:22 +0000 2026",
      "favorited" : false,
      "full_text" : "CIOs I met this week have consolidated from ~5 AI vendors to 2. The \"try everything\" phase is over. The land grab for the default seat has begun, and $MSFT and $GOOGL have a bundling advantage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014023260129267713"
          ],
          "editableUntil" : "2026-01-21T18:12:18.742Z",
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
        "173"
      ],
      "favorite_count" : "52",
      "id_str" : "2014023260129267713",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014023260129267713",
      "created_at" : "Wed Jan 21 17:12:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Procurement teams now have a standard AI addendum with 30+ questions: data retention, training opt-out, sub-processors, model provenance. Have answers ready or lose 6 weeks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013718784271933446"
          ],
          "editableUntil" : "2026-01-20T22:02:25.678Z",
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
              "202",
              "205"
            ]
          },
          {
            "text" : "enterprise",
            "indices" : [
              "206",
              "217"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "4",
      "id_str" : "2013718784271933446",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013718784271933446",
      "created_at" : "Tue Jan 20 21:02:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Enterprise AI sales reality check: pilots are easy, production is hard. Of 40 pilots I worked on in 2025, 11 reached production. The blocker was never the model. It was data access and security review. #AI #enterprise",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013715902871838727"
          ],
          "editableUntil" : "2026-01-20T21:50:58.342Z",
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
            "url" : "https://t.co/RSppcyv5tu",
            "expanded_url" : "https://twitter.com/zoe_ships/status/2013680247154774025",
            "display_url" : "twitter.com/zoe_ships/statu…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "6",
      "id_str" : "2013715902871838727",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013715902871838727",
      "created_at" : "Tue Jan 20 20:50:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Same thing in enterprise: \"agent\" in the deck raises the security review bar. \"Automated reconciliation with human approval\" sails through. https://t.co/RSppcyv5tu",
      "lang" : "en",
      "quoted_status_id_str" : "2013680247154774025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013655653181054980"
          ],
          "editableUntil" : "2026-01-20T17:51:34.929Z",
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
        "105"
      ],
      "favorite_count" : "30",
      "id_str" : "2013655653181054980",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013655653181054980",
      "created_at" : "Tue Jan 20 16:51:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Boston got 20cm of snow overnight. Customer dinner cancelled, so it's clam chowder &amp; a movie instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013571319850541061"
          ],
          "editableUntil" : "2026-01-20T12:16:27.011Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "enterprise",
            "indices" : [
              "166",
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
      "favorite_count" : "12",
      "id_str" : "2013571319850541061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013571319850541061",
      "created_at" : "Tue Jan 20 11:16:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Sales cycle for AI deals in regulated industries: 7.5 months median in our pipeline, vs 4 months for our non-AI products. The security review alone averages 9 weeks. #enterprise",
      "lang" : "en"
    }
  }
]