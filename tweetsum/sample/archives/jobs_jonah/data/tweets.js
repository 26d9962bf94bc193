window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014374720000524297"
          ],
          "editableUntil" : "2026-01-22T17:28:53.999Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "就业",
            "indices" : [
              "78",
              "81"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "82",
              "85"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "钱招聘",
            "screen_name" : "qian_hr",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "1145661883282397731",
            "id" : "1145661883282397731"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2014374720000524297",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014374720000524297",
      "created_at" : "Thu Jan 22 16:28:53 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @qian_hr: 今年校招观察：大厂对“AI 应用”方向的岗位需求涨了一倍多，但传统后端和测试岗缩招明显。应届生最好有一两个真实的 AI 项目经历。#就业 #AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014325813582389257"
          ],
          "editableUntil" : "2026-01-22T14:14:32.711Z",
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
            "name" : "钱招聘",
            "screen_name" : "qian_hr",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1145661883282397731",
            "id" : "1145661883282397731"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "207"
      ],
      "favorite_count" : "45",
      "id_str" : "2014325813582389257",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014325813582389257",
      "created_at" : "Thu Jan 22 13:14:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@qian_hr the same pattern shows up in US campus hiring: companies want \"AI-native\" juniors but won't pay for training them. Someone has to fund the apprenticeship, or the senior pipeline dries up in 5 years.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014318885918208001",
      "in_reply_to_status_id" : "2014318885918208001",
      "in_reply_to_user_id" : "1145661883282397731",
      "in_reply_to_user_id_str" : "1145661883282397731",
      "in_reply_to_screen_name" : "qian_hr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014214613531070474"
          ],
          "editableUntil" : "2026-01-22T06:52:40.350Z",
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
        "196"
      ],
      "favorite_count" : "47",
      "id_str" : "2014214613531070474",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014214613531070474",
      "created_at" : "Thu Jan 22 05:52:40 +0000 2026",
      "favorited" : false,
      "full_text" : "\"AI will create new jobs\" is historically true and useless as policy. The question is whether a 45-year-old claims processor in Ohio gets one of them. Retraining programs have a weak track record.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014213517343969285"
          ],
          "editableUntil" : "2026-01-22T06:48:19.684Z",
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
        "165"
      ],
      "favorite_count" : "43",
      "id_str" : "2014213517343969285",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2014213517343969285",
      "created_at" : "Thu Jan 22 05:48:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Not everything is AI: half the tech layoffs in my dataset cite \"efficiency\" and 2021 over-hiring. Companies have learned that \"AI\" sounds better on an earnings call.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014208963945177093"
          ],
          "editableUntil" : "2026-01-22T06:30:13.373Z",
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
            "url" : "https://t.co/sYRqtW5Iuf",
            "expanded_url" : "https://twitter.com/qian_hr/status/2014114400365613071",
            "display_url" : "twitter.com/qian_hr/status/…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "14",
      "id_str" : "2014208963945177093",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014208963945177093",
      "created_at" : "Thu Jan 22 05:30:13 +0000 2026",
      "favorited" : false,
      "full_text" : "This matches the US data: the \"prompt engineer\" wage premium lasted about 18 months. New job titles get commoditized fast when the skill diffuses. https://t.co/sYRqtW5Iuf",
      "lang" : "en",
      "quoted_status_id_str" : "2014114400365613071"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014061025592152073"
          ],
          "editableUntil" : "2026-01-21T20:42:22.276Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "jobs",
            "indices" : [
              "188",
              "193"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "40",
      "id_str" : "2014061025592152073",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014061025592152073",
      "created_at" : "Wed Jan 21 19:42:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Customer support employment is the canary. Our panel shows headcount down 9% at firms that deployed AI agents, but wages for the remaining staff up 6%. Fewer, harder, better-paid tickets. #jobs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014056822165876743"
          ],
          "editableUntil" : "2026-01-21T20:25:40.442Z",
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
              "221",
              "224"
            ]
          },
          {
            "text" : "jobs",
            "indices" : [
              "225",
              "230"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "230"
      ],
      "favorite_count" : "32",
      "id_str" : "2014056822165876743",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014056822165876743",
      "created_at" : "Wed Jan 21 19:25:40 +0000 2026",
      "favorited" : false,
      "full_text" : "New data on entry-level hiring: postings for junior software roles are down ~28% from 2023, while senior postings are roughly flat. AI coding tools are one factor, rate hikes another. Disentangling them is the hard part. #AI #jobs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013599586729803788"
          ],
          "editableUntil" : "2026-01-20T14:08:47.632Z",
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
        "161"
      ],
      "favorite_count" : "100",
      "id_str" : "2013599586729803788",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2013599586729803788",
      "created_at" : "Tue Jan 20 13:08:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Interesting: freelance translation rates fell ~20%, but the volume of legal and medical translation, where human sign-off is required, grew. Liability is a moat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013492114093539330"
          ],
          "editableUntil" : "2026-01-20T07:01:43.967Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "jobs",
            "indices" : [
              "192",
              "197"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "28",
      "id_str" : "2013492114093539330",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013492114093539330",
      "created_at" : "Tue Jan 20 06:01:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Young workers in occupations with high AI exposure saw employment dip slightly, while experienced workers in the same jobs were stable. Tacit knowledge seems to protect you, at least for now. #jobs",
      "lang" : "en"
    }
  }
]