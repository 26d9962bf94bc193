window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014365547002515464"
          ],
          "editableUntil" : "2026-01-22T16:52:26.165Z",
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
        "175"
      ],
      "favorite_count" : "29",
      "id_str" : "2014365547002515464",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014365547002515464",
      "created_at" : "Thu Jan 22 15:52:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Spent 40 minutes arguing with an assistant that insisted a library function existed. It didn't. It lives in a fork from 2021. Hallucinated APIs are still my biggest time sink.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014334845777170435"
          ],
          "editableUntil" : "2026-01-22T14:50:26.606Z",
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
        "75"
      ],
      "favorite_count" : "38",
      "id_str" : "2014334845777170435",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014334845777170435",
      "created_at" : "Thu Jan 22 13:50:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Tuned the bike for the spring season. Yes it's January. Yes I'm optimistic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014192628505214987"
          ],
          "editableUntil" : "2026-01-22T05:25:19.160Z",
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
        "162"
      ],
      "favorite_count" : "45",
      "id_str" : "2014192628505214987",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014192628505214987",
      "created_at" : "Thu Jan 22 04:25:19 +0000 2026",
      "favorited" : false,
      "full_text" : "My rule for AI-generated tests: I write the test names, the assistant writes the bodies. If I can't name the behaviour I want, I don't understand the feature yet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014123954981171210"
          ],
          "editableUntil" : "2026-01-22T00:52:26.749Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "coding",
            "indices" : [
              "205",
              "212"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "213",
              "216"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "13",
      "id_str" : "2014123954981171210",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014123954981171210",
      "created_at" : "Wed Jan 21 23:52:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Used an AI coding agent for a full refactor: 212 files, moving from callbacks to async/await. It got ~90% right. The remaining 10% took me two days because the bugs were subtle. Net savings: maybe a week. #coding #AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014119049999024131"
          ],
          "editableUntil" : "2026-01-22T00:32:56.925Z",
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
        "188"
      ],
      "favorite_count" : "27",
      "id_str" : "2014119049999024131",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014119049999024131",
      "created_at" : "Wed Jan 21 23:32:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Code review is the new bottleneck. Our team merges 2.3x more PRs than a year ago, and review time per PR went up. Someone please build an AI reviewer that knows when to say \"I'm not sure\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014030794598977550"
          ],
          "editableUntil" : "2026-01-21T18:42:14.094Z",
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
        "167"
      ],
      "favorite_count" : "61",
      "id_str" : "2014030794598977550",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014030794598977550",
      "created_at" : "Wed Jan 21 17:42:14 +0000 2026",
      "favorited" : false,
      "full_text" : "The best use of coding assistants for me isn't writing code, it's reading unfamiliar code. \"Explain how auth flows through this repo\" saves me hours on a new codebase.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013954456318369800"
          ],
          "editableUntil" : "2026-01-21T13:38:54.606Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2013954456318369800",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013954456318369800",
      "created_at" : "Wed Jan 21 12:38:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ivy_agents: Tool protocols are winning because they're boring: a JSON schema, a transport, done. The fancy agent standards with 40-page…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013771623372288002"
          ],
          "editableUntil" : "2026-01-21T01:32:23.420Z",
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
            "url" : "https://t.co/Gz1NKZVqYd",
            "expanded_url" : "https://twitter.com/wangyu_dev/status/2013712936002871311",
            "display_url" : "twitter.com/wangyu_dev/stat…",
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
      "favorite_count" : "20",
      "id_str" : "2013771623372288002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013771623372288002",
      "created_at" : "Wed Jan 21 00:32:23 +0000 2026",
      "favorited" : false,
      "full_text" : "40k lines of PHP in two weeks is wild. The part people skip: three full days of review. That ratio (1 day of review per ~5 days of saved work) is about what we see too. https://t.co/Gz1NKZVqYd",
      "lang" : "en",
      "quoted_status_id_str" : "2013712936002871311"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013752520773394439"
          ],
          "editableUntil" : "2026-01-21T00:16:29.451Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "王宇 写代码的",
            "screen_name" : "wangyu_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "750878350246334823",
            "id" : "750878350246334823"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "176"
      ],
      "favorite_count" : "9",
      "id_str" : "2013752520773394439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013752520773394439",
      "created_at" : "Tue Jan 20 23:16:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@wangyu_dev review time is the hidden cost. We now ask the assistant to produce a \"risk list\" with every big change: the 10 places it's least sure about. Reviewers start there.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013712936002871311",
      "in_reply_to_status_id" : "2013712936002871311",
      "in_reply_to_user_id" : "750878350246334823",
      "in_reply_to_user_id_str" : "750878350246334823",
      "in_reply_to_screen_name" : "wangyu_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013675318620561410"
          ],
          "editableUntil" : "2026-01-20T19:09:42.685Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "devtools",
            "indices" : [
              "171",
              "180"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "17",
      "id_str" : "2013675318620561410",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013675318620561410",
      "created_at" : "Tue Jan 20 18:09:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Patchwork IDE's new \"plan first\" mode is great. It writes a plan, I edit it, then it executes. Cuts the \"wandered off and rewrote the build system\" failure mode by a lot. #devtools",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013602102374985737"
          ],
          "editableUntil" : "2026-01-20T14:18:46.056Z",
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
        "168"
      ],
      "favorite_count" : "50",
      "id_str" : "2013602102374985737",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013602102374985737",
      "created_at" : "Tue Jan 20 13:18:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Junior devs on my team who use AI well: ask why, read the diff, run the tests. Juniors who struggle: accept, accept, accept, push. Same tool, wildly different outcomes.",
      "lang" : "en"
    }
  }
]