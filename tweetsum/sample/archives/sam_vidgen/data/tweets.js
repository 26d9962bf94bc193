window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014431404157681667"
          ],
          "editableUntil" : "2026-01-22T21:14:07.482Z",
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
        "147"
      ],
      "favorite_count" : "93",
      "id_str" : "2014431404157681667",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014431404157681667",
      "created_at" : "Thu Jan 22 20:14:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Video models are great at \"cinematic\" and terrible at \"boring\". Ask for a person simply typing an email for 10 seconds and watch the keyboard melt.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014274884244152335"
          ],
          "editableUntil" : "2026-01-22T10:52:10.081Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIvideo",
            "indices" : [
              "182",
              "190"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "48",
      "id_str" : "2014274884244152335",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2014274884244152335",
      "created_at" : "Thu Jan 22 09:52:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Hot take: the first AI video tool to ship proper timeline editing (trim, re-roll just frames 40-80, keep the audio) wins creators. Prompt-only workflows don't scale past 30 seconds. #AIvideo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014068210362048513"
          ],
          "editableUntil" : "2026-01-21T21:10:55.074Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIvideo",
            "indices" : [
              "173",
              "181"
            ]
          },
          {
            "text" : "genAI",
            "indices" : [
              "182",
              "188"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "10",
      "id_str" : "2014068210362048513",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014068210362048513",
      "created_at" : "Wed Jan 21 20:10:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Made a 45-second short with Reelforge 3 entirely from text + 6 reference images. Character consistency across 11 shots is finally good. Hands are still cursed in 2 of them. #AIvideo #genAI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013984273417568258"
          ],
          "editableUntil" : "2026-01-21T15:37:23.604Z",
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
        "171"
      ],
      "favorite_count" : "165",
      "id_str" : "2013984273417568258",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "2013984273417568258",
      "created_at" : "Wed Jan 21 14:37:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Xinglan-V2 from Shenyao is surprisingly good at physics, water especially. Worse at faces than Reelforge. Both are around $0.30/sec at 1080p now, down from ~$1 a year ago.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013826443902812169"
          ],
          "editableUntil" : "2026-01-21T05:10:13.099Z",
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
        "171"
      ],
      "favorite_count" : "139",
      "id_str" : "2013826443902812169",
      "truncated" : false,
      "retweet_count" : "38",
      "id" : "2013826443902812169",
      "created_at" : "Wed Jan 21 04:10:13 +0000 2026",
      "favorited" : false,
      "full_text" : "The audio side is catching up fast. Generated Foley (footsteps, doors, rain) now matches the picture well enough that I stopped using stock libraries for background sound.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013730615719415812"
          ],
          "editableUntil" : "2026-01-20T22:49:26.461Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI视频",
            "indices" : [
              "85",
              "90"
            ]
          },
          {
            "text" : "AIGC",
            "indices" : [
              "91",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郭视频 AIGC",
            "screen_name" : "guo_shipin",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1443826096274115917",
            "id" : "1443826096274115917"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "2013730615719415812",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013730615719415812",
      "created_at" : "Tue Jan 20 21:49:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @guo_shipin: 用星澜-V2 做了一条 60 秒的国风短片，一共生成了 400 多个镜头，最后用了 23 个。水墨效果出奇地好，但人物手部还是经常出问题。#AI视频 #AIGC",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013669066573217801"
          ],
          "editableUntil" : "2026-01-20T18:44:52.300Z",
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
        "157"
      ],
      "favorite_count" : "94",
      "id_str" : "2013669066573217801",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2013669066573217801",
      "created_at" : "Tue Jan 20 17:44:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Creators asking me which video model to use: pick one, learn its quirks for a month. Switching tools every week costs more than any quality gap between them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013665179509227528"
          ],
          "editableUntil" : "2026-01-20T18:29:25.819Z",
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
            "name" : "郭视频 AIGC",
            "screen_name" : "guo_shipin",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1443826096274115917",
            "id" : "1443826096274115917"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "187"
      ],
      "favorite_count" : "87",
      "id_str" : "2013665179509227528",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013665179509227528",
      "created_at" : "Tue Jan 20 17:29:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@guo_shipin the labeling drop is real on my side too, about 15% on shorts. Oddly, long-form videos where I explain the workflow do better with the label. People like seeing how it's made.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013646784657211405",
      "in_reply_to_status_id" : "2013646784657211405",
      "in_reply_to_user_id" : "1443826096274115917",
      "in_reply_to_user_id_str" : "1443826096274115917",
      "in_reply_to_screen_name" : "guo_shipin"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013628009803980812"
          ],
          "editableUntil" : "2026-01-20T16:01:43.437Z",
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
        "96"
      ],
      "favorite_count" : "75",
      "id_str" : "2013628009803980812",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2013628009803980812",
      "created_at" : "Tue Jan 20 15:01:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Shot real footage today for once. Frozen lake, fog, 8am light. No prompt could have gotten this.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013522216720814082"
          ],
          "editableUntil" : "2026-01-20T09:01:20.839Z",
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
      "favorite_count" : "12",
      "id_str" : "2013522216720814082",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013522216720814082",
      "created_at" : "Tue Jan 20 08:01:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Cost breakdown for my last AI music video: ~$140 in generation credits, 600 generations, 38 used. Kept-to-generated ratio is the real cost metric nobody advertises.",
      "lang" : "en"
    }
  }
]