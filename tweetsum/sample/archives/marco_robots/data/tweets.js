window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014473703949815821"
          ],
          "editableUntil" : "2026-01-23T00:02:12.770Z",
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
        "183"
      ],
      "favorite_count" : "27",
      "id_str" : "2014473703949815821",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014473703949815821",
      "created_at" : "Thu Jan 22 23:02:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Sim-to-real gap closed a lot this year. Our grasping policy trained 100% in simulation hit 91% success on real bins, vs 67% last year. Domain randomization plus better contact models.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014446491293503494"
          ],
          "editableUntil" : "2026-01-22T22:14:04.808Z",
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
        "212"
      ],
      "favorite_count" : "17",
      "id_str" : "2014446491293503494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014446491293503494",
      "created_at" : "Thu Jan 22 21:14:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Teleoperation data is the new pretraining corpus for robots. Lumen claims 80k hours collected. At ~$30/hr for operators that's a $2.4M dataset. Cheap next to a frontier LLM run, which is why everyone is doing it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014245083922485260"
          ],
          "editableUntil" : "2026-01-22T08:53:45.589Z",
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
            "name" : "周机器人",
            "screen_name" : "zhou_robot",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1401616269181939768",
            "id" : "1401616269181939768"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "198"
      ],
      "favorite_count" : "26",
      "id_str" : "2014245083922485260",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014245083922485260",
      "created_at" : "Thu Jan 22 07:53:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@zhou_robot ¥120k for a full humanoid is a remarkable number. The question I'd ask them: mean time between failures on the actuators. That's where our European suppliers still have an edge, for now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014244411267215375",
      "in_reply_to_status_id" : "2014244411267215375",
      "in_reply_to_user_id" : "1401616269181939768",
      "in_reply_to_user_id_str" : "1401616269181939768",
      "in_reply_to_screen_name" : "zhou_robot"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013931468231278605"
          ],
          "editableUntil" : "2026-01-21T12:07:33.380Z",
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
        "192"
      ],
      "favorite_count" : "17",
      "id_str" : "2013931468231278605",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013931468231278605",
      "created_at" : "Wed Jan 21 11:07:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Our factory pilot metrics after 3 months: the robot cell runs 19 hours a day, needs human help ~4 times per shift, and paid back in an estimated 22 months. Not magic, just a decent investment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013768913168551945"
          ],
          "editableUntil" : "2026-01-21T01:21:37.892Z",
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
        "106"
      ],
      "favorite_count" : "168",
      "id_str" : "2013768913168551945",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "2013768913168551945",
      "created_at" : "Wed Jan 21 00:21:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Milan derby tonight. Robots can fold towels, but nobody has trained one to survive 90 minutes at San Siro.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013626128687792131"
          ],
          "editableUntil" : "2026-01-20T15:54:15.183Z",
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
        "164"
      ],
      "favorite_count" : "53",
      "id_str" : "2013626128687792131",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013626128687792131",
      "created_at" : "Tue Jan 20 14:54:15 +0000 2026",
      "favorited" : false,
      "full_text" : "The bottleneck for warehouse robots isn't the AI, it's the hands. Grippers that survive 1M cycles and handle floppy plastic bags are still a niche hardware problem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013453173515886605"
          ],
          "editableUntil" : "2026-01-20T04:26:59.686Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "robotics",
            "indices" : [
              "191",
              "200"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "10",
      "id_str" : "2013453173515886605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013453173515886605",
      "created_at" : "Tue Jan 20 03:26:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Unpopular opinion: bipedal isn't necessary for most factory work. Wheeled base + two arms covers ~85% of tasks at half the cost. The humanoid form factor is partly a fundraising form factor. #robotics",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013428543830622215"
          ],
          "editableUntil" : "2026-01-20T02:49:07.819Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "robotics",
            "indices" : [
              "190",
              "199"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "200",
              "203"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "17",
      "id_str" : "2013428543830622215",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013428543830622215",
      "created_at" : "Tue Jan 20 01:49:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Watched a demo of Lumen's L-2 humanoid folding towels. Impressive: 40 seconds per towel. Less impressive: it needed a reset after the 9th one. The long tail of household robotics is brutal. #robotics #AI",
      "lang" : "en"
    }
  }
]