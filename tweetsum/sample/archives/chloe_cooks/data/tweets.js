window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014249128172101636"
          ],
          "editableUntil" : "2026-01-22T09:09:49.463Z",
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
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "2014249128172101636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014249128172101636",
      "created_at" : "Thu Jan 22 08:09:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Lemon &amp; thyme roast chicken, potatoes underneath catching all the drippings. Sunday dinner, on a Wednesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014233630014509070"
          ],
          "editableUntil" : "2026-01-22T08:08:14.055Z",
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
        "113"
      ],
      "favorite_count" : "10",
      "id_str" : "2014233630014509070",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014233630014509070",
      "created_at" : "Thu Jan 22 07:08:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Farmers market haul: blood oranges, leeks, and a rye loaf still warm from the oven. Winter produce is underrated.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013997150614433802"
          ],
          "editableUntil" : "2026-01-21T16:28:33.026Z",
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
        "119"
      ],
      "favorite_count" : "24",
      "id_str" : "2013997150614433802",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013997150614433802",
      "created_at" : "Wed Jan 21 15:28:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Making French onion soup the slow way: 90 minutes to caramelize the onions. Anyone who says 20 minutes is lying to you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013710663938732047"
          ],
          "editableUntil" : "2026-01-20T21:30:09.194Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cooking",
            "indices" : [
              "116",
              "124"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "4",
      "id_str" : "2013710663938732047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013710663938732047",
      "created_at" : "Tue Jan 20 20:30:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Tonight: braised short ribs, red wine, three hours low and slow. The house smells like a French bistro in February. #cooking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013547908573700103"
          ],
          "editableUntil" : "2026-01-20T10:43:25.806Z",
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
        "158"
      ],
      "favorite_count" : "8",
      "id_str" : "2013547908573700103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013547908573700103",
      "created_at" : "Tue Jan 20 09:43:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Asked an AI for a buttermilk substitute. It said milk + lemon juice, correct. Then it suggested 2 tablespoons of lemon per cup, which is... bold. Went with 1.",
      "lang" : "en"
    }
  }
]