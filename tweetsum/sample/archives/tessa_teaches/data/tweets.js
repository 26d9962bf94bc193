window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014391444150038534"
          ],
          "editableUntil" : "2026-01-22T18:35:20.566Z",
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
            "name" : "孙老师",
            "screen_name" : "sun_jiaoyu",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1304010897618179092",
            "id" : "1304010897618179092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "177"
      ],
      "favorite_count" : "20",
      "id_str" : "2014391444150038534",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014391444150038534",
      "created_at" : "Thu Jan 22 17:35:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@sun_jiaoyu love the \"revision log\" idea. I've been grading the oral defense, but a written log is easier to scale across 120 students. Stealing this for next term, with credit.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014390539355189260",
      "in_reply_to_status_id" : "2014390539355189260",
      "in_reply_to_user_id" : "1304010897618179092",
      "in_reply_to_user_id_str" : "1304010897618179092",
      "in_reply_to_screen_name" : "sun_jiaoyu"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014334402638262273"
          ],
          "editableUntil" : "2026-01-22T14:48:40.123Z",
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
        "78"
      ],
      "favorite_count" : "50",
      "id_str" : "2014334402638262273",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014334402638262273",
      "created_at" : "Thu Jan 22 13:48:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Snow day! Marking 60 essays in pyjamas with a pot of lentil soup on the stove.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014273252022706183"
          ],
          "editableUntil" : "2026-01-22T10:45:41.752Z",
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
            "url" : "https://t.co/oeI2r0FMB4",
            "expanded_url" : "https://twitter.com/i/web/status/2014273252022706183",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "246",
              "269"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "9",
      "id_str" : "2014273252022706183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014273252022706183",
      "created_at" : "Thu Jan 22 09:45:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Several teachers messaged me asking for our department's AI policy, so here's the short version we landed on after a term of trial and error:\n\n1. AI is allowed for brainstorming, feedback on drafts, and explaining concepts.\n2. AI is not allowed… https://t.co/oeI2r0FMB4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014228975546081285"
          ],
          "editableUntil" : "2026-01-22T07:49:44.856Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIinEducation",
            "indices" : [
              "218",
              "232"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "48",
      "id_str" : "2014228975546081285",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014228975546081285",
      "created_at" : "Thu Jan 22 06:49:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Rewrote my Year 10 essay rubric this term: 40% of the grade is now the in-class outline and an oral defense. Students may use AI for drafts. Plagiarism cases dropped to zero because there's nothing left to plagiarize. #AIinEducation",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014119154411716614"
          ],
          "editableUntil" : "2026-01-22T00:33:21.557Z",
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
        "173"
      ],
      "favorite_count" : "6",
      "id_str" : "2014119154411716614",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014119154411716614",
      "created_at" : "Wed Jan 21 23:33:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Asked my class to find the errors in an AI-written lab report. They found 7 of the 9 I'd planted, plus 2 I hadn't noticed. Best lesson on critical reading I've run in years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013973524469477376"
          ],
          "editableUntil" : "2026-01-21T14:54:40.518Z",
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
        "198"
      ],
      "favorite_count" : "56",
      "id_str" : "2013973524469477376",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013973524469477376",
      "created_at" : "Wed Jan 21 13:54:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Our district is piloting a tutor bot for algebra. Early data: students who use it 3x a week improve ~0.2 SD. Students who don't use it, often the ones who most need it, don't. Access isn't adoption.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013846277786853380"
          ],
          "editableUntil" : "2026-01-21T06:29:02.404Z",
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
            "name" : "Lena Fischer",
            "screen_name" : "lena_evals",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "919483549348844321",
            "id" : "919483549348844321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2013846277786853380",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013846277786853380",
      "created_at" : "Wed Jan 21 05:29:02 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @lena_evals: LLM-as-judge agreement with our human raters: 0.71 Cohen's kappa on factuality, 0.38 on \"helpfulness\". Use judges for the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013713457639153669"
          ],
          "editableUntil" : "2026-01-20T21:41:15.985Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edtech",
            "indices" : [
              "135",
              "142"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "69",
      "id_str" : "2013713457639153669",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013713457639153669",
      "created_at" : "Tue Jan 20 20:41:15 +0000 2026",
      "favorited" : false,
      "full_text" : "AI detectors flagged 3 essays from my ESL students as \"likely AI\". They weren't. Please stop using detectors for discipline decisions. #edtech",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013531096675483651"
          ],
          "editableUntil" : "2026-01-20T09:36:37.670Z",
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
        "187"
      ],
      "favorite_count" : "116",
      "id_str" : "2013531096675483651",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2013531096675483651",
      "created_at" : "Tue Jan 20 08:36:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Parent evening question of the night: \"Should my child learn to code if AI writes code?\" My answer: learn to think in steps and check work. Coding is a great way to learn that, AI or not.",
      "lang" : "en"
    }
  }
]