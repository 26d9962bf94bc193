window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014432741328203776"
          ],
          "editableUntil" : "2026-01-22T21:19:26.076Z",
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
            "name" : "Bill Ostrowski",
            "screen_name" : "benchmark_bill",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "849120823998097958",
            "id" : "849120823998097958"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2014432741328203776",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2014432741328203776",
      "created_at" : "Thu Jan 22 20:19:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @benchmark_bill: Another week, another \"SOTA on 12 benchmarks\" release. Ten of those benchmarks are saturated above 90%. Differences of…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014424591361093637"
          ],
          "editableUntil" : "2026-01-22T20:47:03.686Z",
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
            "name" : "Bill Ostrowski",
            "screen_name" : "benchmark_bill",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "849120823998097958",
            "id" : "849120823998097958"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "177"
      ],
      "favorite_count" : "42",
      "id_str" : "2014424591361093637",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014424591361093637",
      "created_at" : "Thu Jan 22 19:47:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@benchmark_bill we agree more than you think. Leaderboards aren't useless, they just measure \"good at leaderboards\". The fix is more private, task-shaped evals, not fewer evals.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014377795450351626",
      "in_reply_to_status_id" : "2014377795450351626",
      "in_reply_to_user_id" : "849120823998097958",
      "in_reply_to_user_id_str" : "849120823998097958",
      "in_reply_to_screen_name" : "benchmark_bill"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014376476958445575"
          ],
          "editableUntil" : "2026-01-22T17:35:52.517Z",
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
        "188"
      ],
      "favorite_count" : "64",
      "id_str" : "2014376476958445575",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2014376476958445575",
      "created_at" : "Thu Jan 22 16:35:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Evals for agents need a \"harm if wrong\" weight. An agent that fails to book a meeting is a 1. An agent that books the wrong flight for the CEO is a 50. Average success rate hides the tail.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014292842322792455"
          ],
          "editableUntil" : "2026-01-22T12:03:32.614Z",
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
              "214",
              "218"
            ]
          },
          {
            "text" : "evals",
            "indices" : [
              "219",
              "225"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "108",
      "id_str" : "2014292842322792455",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2014292842322792455",
      "created_at" : "Thu Jan 22 11:03:32 +0000 2026",
      "favorited" : false,
      "full_text" : "New internal eval result: three frontier models all score above 90% on the popular public coding benchmark, and 41-63% on our held-out repo tasks written after their training cutoff. Contamination is not a theory. #LLM #evals",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014253546712780813"
          ],
          "editableUntil" : "2026-01-22T09:27:23.257Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "大模型",
            "indices" : [
              "95",
              "99"
            ]
          },
          {
            "text" : "LLM",
            "indices" : [
              "100",
              "104"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "江模型",
            "screen_name" : "jiang_moxing",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1326408174797710426",
            "id" : "1326408174797710426"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "2014253546712780813",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2014253546712780813",
      "created_at" : "Thu Jan 22 08:27:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @jiang_moxing: 推理模型的一个现象：思考链越长，准确率先升后降。我们的测试里，数学题思考超过 12k token 之后，准确率反而下降了 4 个点。过度思考是真实存在的。#大模型 #LLM",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014130041881399310"
          ],
          "editableUntil" : "2026-01-22T01:16:37.038Z",
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
        "91"
      ],
      "favorite_count" : "117",
      "id_str" : "2014130041881399310",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2014130041881399310",
      "created_at" : "Thu Jan 22 00:16:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Finally finished the sourdough I started on Sunday. Crumb 7/10, crust 10/10, patience 2/10.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013956311093387277"
          ],
          "editableUntil" : "2026-01-21T13:46:16.720Z",
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
        "182"
      ],
      "favorite_count" : "221",
      "id_str" : "2013956311093387277",
      "truncated" : false,
      "retweet_count" : "40",
      "id" : "2013956311093387277",
      "created_at" : "Wed Jan 21 12:46:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Asked 4 models to grade the same 200 essays. Pairwise agreement between models was higher than agreement with teachers. They share biases. Careful with \"ensemble of judges\" as a fix.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013831189324701701"
          ],
          "editableUntil" : "2026-01-21T05:29:05.964Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "evals",
            "indices" : [
              "162",
              "168"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "79",
      "id_str" : "2013831189324701701",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013831189324701701",
      "created_at" : "Wed Jan 21 04:29:05 +0000 2026",
      "favorited" : false,
      "full_text" : "LLM-as-judge agreement with our human raters: 0.71 Cohen's kappa on factuality, 0.38 on \"helpfulness\". Use judges for the first, be very careful with the second. #evals",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013815562348838921"
          ],
          "editableUntil" : "2026-01-21T04:26:59.970Z",
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
            "url" : "https://t.co/XjdwprjiNA",
            "expanded_url" : "https://twitter.com/i/web/status/2013815562348838921",
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
      "favorite_count" : "62",
      "id_str" : "2013815562348838921",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2013815562348838921",
      "created_at" : "Wed Jan 21 03:26:59 +0000 2026",
      "favorited" : false,
      "full_text" : "A few people asked how we build the held-out set that gave those 41-63% numbers. Roughly:\n\n1. Every task comes from a real internal repo, written by an engineer after the latest model cutoff we test.\n2. Each task has a hidden test suite the… https://t.co/XjdwprjiNA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013615748790919171"
          ],
          "editableUntil" : "2026-01-20T15:13:00.469Z",
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
        "172"
      ],
      "favorite_count" : "81",
      "id_str" : "2013615748790919171",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2013615748790919171",
      "created_at" : "Tue Jan 20 14:13:00 +0000 2026",
      "favorited" : false,
      "full_text" : "If your eval set is on GitHub, it's in the training data. If it's in a doc you shared with a vendor, assume it might be. We now rotate 20% of our private set every quarter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013439871526146061"
          ],
          "editableUntil" : "2026-01-20T03:34:07.755Z",
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
        "160"
      ],
      "favorite_count" : "61",
      "id_str" : "2013439871526146061",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2013439871526146061",
      "created_at" : "Tue Jan 20 02:34:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Small thing that matters: report variance. Running the same agent eval 5 times gave us a spread of 9 points. A \"3-point improvement\" from a single run is noise.",
      "lang" : "en"
    }
  }
]