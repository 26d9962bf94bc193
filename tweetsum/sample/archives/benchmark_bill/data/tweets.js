window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014471432829046787"
          ],
          "editableUntil" : "2026-01-22T23:53:11.457Z",
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
        "169"
      ],
      "favorite_count" : "13",
      "id_str" : "2014471432829046787",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014471432829046787",
      "created_at" : "Thu Jan 22 22:53:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Proposal: every benchmark paper should publish a \"cost to reach score\" column. A model scoring 2 points higher at 10x the inference cost is not \"better\" for most people.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014377795450351626"
          ],
          "editableUntil" : "2026-01-22T17:41:06.985Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LLM",
            "indices" : [
              "161",
              "165"
            ]
          },
          {
            "text" : "benchmarks",
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
      "favorite_count" : "67",
      "id_str" : "2014377795450351626",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2014377795450351626",
      "created_at" : "Thu Jan 22 16:41:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Another week, another \"SOTA on 12 benchmarks\" release. Ten of those benchmarks are saturated above 90%. Differences of 0.4 points are within noise. Please stop. #LLM #benchmarks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014310703941869579"
          ],
          "editableUntil" : "2026-01-22T13:14:30.682Z",
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
            "url" : "https://t.co/oK1peyaSVV",
            "expanded_url" : "https://twitter.com/ollie_weights/status/2014307586185625607",
            "display_url" : "twitter.com/ollie_weights/s…",
            "indices" : [
              "169",
              "192"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "23",
      "id_str" : "2014310703941869579",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014310703941869579",
      "created_at" : "Thu Jan 22 12:14:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Credit to the Tessel team: the model card reports seeds and variance. 0.6 behind the closed model with overlapping intervals means \"tied\", which is the honest headline. https://t.co/oK1peyaSVV",
      "lang" : "en",
      "quoted_status_id_str" : "2014307586185625607"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014295956228521999"
          ],
          "editableUntil" : "2026-01-22T12:15:54.471Z",
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
              "0",
              "11"
            ],
            "id_str" : "919483549348844321",
            "id" : "919483549348844321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "150"
      ],
      "favorite_count" : "28",
      "id_str" : "2014295956228521999",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014295956228521999",
      "created_at" : "Thu Jan 22 11:15:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@lena_evals this is the result I've been waiting for someone to publish. Any chance of sharing the task categories, even without the tasks themselves?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014292842322792455",
      "in_reply_to_status_id" : "2014292842322792455",
      "in_reply_to_user_id" : "919483549348844321",
      "in_reply_to_user_id_str" : "919483549348844321",
      "in_reply_to_screen_name" : "lena_evals"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013842880038752256"
          ],
          "editableUntil" : "2026-01-21T06:15:32.130Z",
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
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2013842880038752256",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2013842880038752256",
      "created_at" : "Wed Jan 21 05:15:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @lena_evals: A few people asked how we build the held-out set that gave those 41-63% numbers. Roughly:\n\n1. Every task comes from a real…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013799646469169152"
          ],
          "editableUntil" : "2026-01-21T03:23:44.487Z",
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
        "176"
      ],
      "favorite_count" : "110",
      "id_str" : "2013799646469169152",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2013799646469169152",
      "created_at" : "Wed Jan 21 02:23:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Things I'd love in every model card: contamination analysis, variance across seeds, cost per task, and failure examples. What I get: a bar chart with the y-axis starting at 80.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013765083476615177"
          ],
          "editableUntil" : "2026-01-21T01:06:24.271Z",
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
        "90"
      ],
      "favorite_count" : "35",
      "id_str" : "2013765083476615177",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2013765083476615177",
      "created_at" : "Wed Jan 21 00:06:24 +0000 2026",
      "favorited" : false,
      "full_text" : "My benchmark for winter: can I bike to work without losing a finger. Today: barely passed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013718611930091532"
          ],
          "editableUntil" : "2026-01-20T22:01:44.185Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "benchmarks",
            "indices" : [
              "167",
              "178"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "13",
      "id_str" : "2013718611930091532",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013718611930091532",
      "created_at" : "Tue Jan 20 21:01:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Fair credit where due: Halcyon's new release reports results on a post-cutoff test set, with confidence intervals. That's how it should be done. More of this, please. #benchmarks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013420239291318287"
          ],
          "editableUntil" : "2026-01-20T02:16:07.053Z",
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
      "favorite_count" : "23",
      "id_str" : "2013420239291318287",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013420239291318287",
      "created_at" : "Tue Jan 20 01:16:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Arena-style rankings are useful, but they measure \"preferred by people who use arenas\". Those people love markdown headers and a confident tone. Your customers may not.",
      "lang" : "en"
    }
  }
]