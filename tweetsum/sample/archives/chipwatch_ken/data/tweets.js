window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014474804510302215"
          ],
          "editableUntil" : "2026-01-23T00:06:35.765Z",
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
        "94"
      ],
      "favorite_count" : "91",
      "id_str" : "2014474804510302215",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2014474804510302215",
      "created_at" : "Thu Jan 22 23:06:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Taipei drizzle for the 9th straight day. My umbrella has better uptime than most GPU clusters.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014302872349052936"
          ],
          "editableUntil" : "2026-01-22T12:43:23.530Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "semiconductors",
            "indices" : [
              "160",
              "175"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "MU",
            "indices" : [
              "156",
              "159"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "104",
      "id_str" : "2014302872349052936",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2014302872349052936",
      "created_at" : "Thu Jan 22 11:43:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Memory prices up double digits this quarter, and not just HBM. DDR5 for AI servers is tight too. PC and phone makers are going to feel it in their margins. $MU #semiconductors",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014228147402039307"
          ],
          "editableUntil" : "2026-01-22T07:46:27.058Z",
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
        "198"
      ],
      "favorite_count" : "85",
      "id_str" : "2014228147402039307",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2014228147402039307",
      "created_at" : "Thu Jan 22 06:46:27 +0000 2026",
      "favorited" : false,
      "full_text" : "China's domestic accelerator output is the under-covered story. Yields on the advanced node are reportedly still below 50%, but volume is growing fast and the software stack is getting less painful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013990192131928079"
          ],
          "editableUntil" : "2026-01-21T16:00:54.537Z",
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
            "name" : "Hal Brennan",
            "screen_name" : "hal_capex",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "349320503",
            "id" : "349320503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "180"
      ],
      "favorite_count" : "84",
      "id_str" : "2013990192131928079",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2013990192131928079",
      "created_at" : "Wed Jan 21 15:00:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@hal_capex power is why I've started tracking transformer (electrical) lead times alongside wafer starts. Some large units are quoted at 2+ years. That's the real supply chain now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013939833223163915",
      "in_reply_to_status_id" : "2013939833223163915",
      "in_reply_to_user_id" : "349320503",
      "in_reply_to_user_id_str" : "349320503",
      "in_reply_to_screen_name" : "hal_capex"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013912309171429386"
          ],
          "editableUntil" : "2026-01-21T10:51:25.017Z",
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
        "184"
      ],
      "favorite_count" : "225",
      "id_str" : "2013912309171429386",
      "truncated" : false,
      "retweet_count" : "39",
      "id" : "2013912309171429386",
      "created_at" : "Wed Jan 21 09:51:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Aperture Silicon taped out its inference chip on 3nm and claims 3x tokens per watt vs current GPUs on 8B models. Every startup claims 3x. Show me a customer running production traffic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013878818628108303"
          ],
          "editableUntil" : "2026-01-21T08:38:21.044Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "semiconductors",
            "indices" : [
              "177",
              "192"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "129",
              "134"
            ]
          },
          {
            "text" : "NVDA",
            "indices" : [
              "162",
              "167"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "546",
      "id_str" : "2013878818628108303",
      "truncated" : false,
      "retweet_count" : "134",
      "id" : "2013878818628108303",
      "created_at" : "Wed Jan 21 07:38:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Custom silicon watch: TPUs, Trainium, MTIA, Maia. By 2027 I think ~30% of hyperscaler AI compute runs on in-house chips. Bad for $NVDA share, not necessarily for $NVDA revenue. #semiconductors",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013761845503090701"
          ],
          "editableUntil" : "2026-01-21T00:53:32.604Z",
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
            "text" : "TSM",
            "indices" : [
              "18",
              "22"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "60",
      "id_str" : "2013761845503090701",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013761845503090701",
      "created_at" : "Tue Jan 20 23:53:32 +0000 2026",
      "favorited" : false,
      "full_text" : "CoWoS capacity at $TSM reportedly doubling again this year. That's the single most important number for AI accelerator supply. Watch packaging, not wafers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013697586314571781"
          ],
          "editableUntil" : "2026-01-20T20:38:11.348Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "芯片",
            "indices" : [
              "75",
              "78"
            ]
          },
          {
            "text" : "半导体",
            "indices" : [
              "79",
              "83"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "何芯片",
            "screen_name" : "he_xinpian",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "2977421599",
            "id" : "2977421599"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "2013697586314571781",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013697586314571781",
      "created_at" : "Tue Jan 20 19:38:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @he_xinpian: HBM 是现在 AI 芯片最大的瓶颈，三家供应商今年的产能基本被订满了。国产 HBM 还在追赶，两年内难以大规模量产。#芯片 #半导体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013552744288083975"
          ],
          "editableUntil" : "2026-01-20T11:02:38.209Z",
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
            "text" : "TSM",
            "indices" : [
              "135",
              "139"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "127",
      "id_str" : "2013552744288083975",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013552744288083975",
      "created_at" : "Tue Jan 20 10:02:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Advanced packaging is moving outside Taiwan faster than wafer fabs. Two new sites in Arizona and one in Japan announced in six months. $TSM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013425915520450570"
          ],
          "editableUntil" : "2026-01-20T02:38:40.364Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "semiconductors",
            "indices" : [
              "201",
              "216"
            ]
          }
        ],
        "symbols" : [
          {
            "text" : "NVDA",
            "indices" : [
              "186",
              "191"
            ]
          },
          {
            "text" : "AMD",
            "indices" : [
              "192",
              "196"
            ]
          },
          {
            "text" : "MU",
            "indices" : [
              "197",
              "200"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "74",
      "id_str" : "2013425915520450570",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013425915520450570",
      "created_at" : "Tue Jan 20 01:38:40 +0000 2026",
      "favorited" : false,
      "full_text" : "HBM is the choke point for 2026. All three suppliers are sold out through year-end per channel checks. Whoever has HBM allocation ships accelerators; everyone else ships press releases. $NVDA $AMD $MU #semiconductors",
      "lang" : "en"
    }
  }
]