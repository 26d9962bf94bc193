window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014205172843245583"
          ],
          "editableUntil" : "2026-01-22T06:15:09.239Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "47",
      "id_str" : "2014205172843245583",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2014205172843245583",
      "created_at" : "Thu Jan 22 05:15:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Ground frozen, match postponed, spent Saturday watching lower-league highlights instead. Honestly better football than some Premier League games this season.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014144273072586761"
          ],
          "editableUntil" : "2026-01-22T02:13:10.922Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "football",
            "indices" : [
              "88",
              "97"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "15",
      "id_str" : "2014144273072586761",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014144273072586761",
      "created_at" : "Thu Jan 22 01:13:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Arsenal 2-1 at the Emirates and I watched it on my phone during a standup. Sorry, team. #football",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013841839904956431"
          ],
          "editableUntil" : "2026-01-21T06:11:24.302Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "38",
      "id_str" : "2013841839904956431",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013841839904956431",
      "created_at" : "Wed Jan 21 05:11:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Marathon training week 3: 52 km total, long run 21 km in the rain. My watch says \"recovery time 60 hours\". My boss says standup is at 9.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013691732646981633"
          ],
          "editableUntil" : "2026-01-20T20:14:56.851Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "6",
      "id_str" : "2013691732646981633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013691732646981633",
      "created_at" : "Tue Jan 20 19:14:56 +0000 2026",
      "favorited" : false,
      "full_text" : "The club's new analytics hire is building an LLM tool that summarizes opposition scouting video. First sports org I've seen use AI for something actually useful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013677149097234443"
          ],
          "editableUntil" : "2026-01-20T19:16:59.035Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "2013677149097234443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013677149097234443",
      "created_at" : "Tue Jan 20 18:16:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Weekend five-a-side: lost 7-4. My xG model says we were unlucky. My teammates say I can't defend.",
      "lang" : "en"
    }
  }
]