window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014325726006677516"
          ],
          "editableUntil" : "2026-01-22T14:14:12.651Z",
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
        "175"
      ],
      "favorite_count" : "314",
      "id_str" : "2014325726006677516",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2014325726006677516",
      "created_at" : "Thu Jan 22 13:14:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Prediction for 2026: AI liability will be settled mostly by insurers before legislators. Underwriters are already asking about agent permissions and logging in cyber policies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014279265119629324"
          ],
          "editableUntil" : "2026-01-22T11:09:34.208Z",
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
      "favorite_count" : "91",
      "id_str" : "2014279265119629324",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2014279265119629324",
      "created_at" : "Thu Jan 22 10:09:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Compute thresholds as a regulatory trigger are aging badly. A model trained at 10^25 FLOPs today is matched next year at 10^24. Regulate capabilities and deployment, not FLOP counts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014214090316763146"
          ],
          "editableUntil" : "2026-01-22T06:50:36.413Z",
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
        "118"
      ],
      "favorite_count" : "55",
      "id_str" : "2014214090316763146",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014214090316763146",
      "created_at" : "Thu Jan 22 05:50:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Took the train to the hearing and the heating was broken. -6°C outside, barely better inside. Democracy is cold today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014095316204412942"
          ],
          "editableUntil" : "2026-01-21T22:58:38.710Z",
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
            "name" : "Ria Malhotra",
            "screen_name" : "quantqueen_ria",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "507868988",
            "id" : "507868988"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "199"
      ],
      "favorite_count" : "52",
      "id_str" : "2014095316204412942",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2014095316204412942",
      "created_at" : "Wed Jan 21 21:58:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@quantqueen_ria scope is narrower than the headlines: the chip thresholds barely moved, most of the change is cloud KYC plus reporting for large training runs. Muted reaction looks about right to me.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014033626354733068",
      "in_reply_to_status_id" : "2014033626354733068",
      "in_reply_to_user_id" : "507868988",
      "in_reply_to_user_id_str" : "507868988",
      "in_reply_to_screen_name" : "quantqueen_ria"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014082632937078795"
          ],
          "editableUntil" : "2026-01-21T22:08:14.941Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "claire_legal",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "2901582853",
            "id" : "2901582853"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "2014082632937078795",
      "truncated" : false,
      "retweet_count" : "165",
      "id" : "2014082632937078795",
      "created_at" : "Wed Jan 21 21:08:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @claire_legal: Copyright update: two courts, two directions on training-data fair use this month. Until there's an appellate ruling,…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014066554073718790"
          ],
          "editableUntil" : "2026-01-21T21:04:20.960Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "claire_legal",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2901582853",
            "id" : "2901582853"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "182"
      ],
      "favorite_count" : "139",
      "id_str" : "2014066554073718790",
      "truncated" : false,
      "retweet_count" : "38",
      "id" : "2014066554073718790",
      "created_at" : "Wed Jan 21 20:04:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@claire_legal and the licensing deals are creating a two-tier market: labs that can afford to license and everyone else. That is a competition issue regulators haven't looked at yet.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014060889902227460",
      "in_reply_to_status_id" : "2014060889902227460",
      "in_reply_to_user_id" : "2901582853",
      "in_reply_to_user_id_str" : "2901582853",
      "in_reply_to_screen_name" : "claire_legal"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013990029500370958"
          ],
          "editableUntil" : "2026-01-21T16:00:15.643Z",
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
            "url" : "https://t.co/3LvnCqdcWL",
            "expanded_url" : "https://twitter.com/wu_zhengce/status/2013877427624124424",
            "display_url" : "twitter.com/wu_zhengce/stat…",
            "indices" : [
              "199",
              "222"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "75",
      "id_str" : "2013990029500370958",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2013990029500370958",
      "created_at" : "Wed Jan 21 15:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Worth reading alongside the EU transparency rules. Labeling AI-generated media is converging globally; the implementation details (visible vs. machine-readable marks) are where platforms will fight. https://t.co/3LvnCqdcWL",
      "lang" : "en",
      "quoted_status_id_str" : "2013877427624124424"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013922711797264398"
          ],
          "editableUntil" : "2026-01-21T11:32:46.937Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "policy",
            "indices" : [
              "186",
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
      "favorite_count" : "17",
      "id_str" : "2013922711797264398",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013922711797264398",
      "created_at" : "Wed Jan 21 10:32:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Three US states introduced AI-in-hiring bills this week. Common thread: notice to candidates + an annual bias audit. If you sell HR software, the audit requirement is your 2026 roadmap. #policy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013772402844278799"
          ],
          "editableUntil" : "2026-01-21T01:35:29.243Z",
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
      "favorite_count" : "122",
      "id_str" : "2013772402844278799",
      "truncated" : false,
      "retweet_count" : "34",
      "id" : "2013772402844278799",
      "created_at" : "Wed Jan 21 00:35:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Senate committee hearing today was better than expected. Fewer \"will AI kill us\" questions, more \"who is liable when the agent books the wrong flight\". That's progress.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013707642801926145"
          ],
          "editableUntil" : "2026-01-20T21:18:09.961Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Claire Dubois",
            "screen_name" : "claire_legal",
            "indices" : [
              "226",
              "239"
            ],
            "id_str" : "2901582853",
            "id" : "2901582853"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "32",
      "id_str" : "2013707642801926145",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2013707642801926145",
      "created_at" : "Tue Jan 20 20:18:09 +0000 2026",
      "favorited" : false,
      "full_text" : "The EU AI Act general-purpose model obligations are live and the most common question I get is \"are we a provider?\" If you fine-tune and put it on the market under your name, quite possibly yes. Talk to counsel, not a thread. @claire_legal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013584054209368067"
          ],
          "editableUntil" : "2026-01-20T13:07:03.601Z",
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
            "url" : "https://t.co/4SDVGHlguH",
            "expanded_url" : "https://twitter.com/i/web/status/2013584054209368067",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "241",
              "264"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "264"
      ],
      "favorite_count" : "40",
      "id_str" : "2013584054209368067",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013584054209368067",
      "created_at" : "Tue Jan 20 12:07:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Longer breakdown of the new export-control rule, since the headlines are confusing people:\n\nWhat changed:\n- Performance thresholds now combine compute density and memory bandwidth, closing the \"cut-down chip\" route that worked last year.\n-… https://t.co/4SDVGHlguH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013512561345589256"
          ],
          "editableUntil" : "2026-01-20T08:22:58.223Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "217",
              "220"
            ]
          },
          {
            "text" : "policy",
            "indices" : [
              "221",
              "228"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "140",
      "id_str" : "2013512561345589256",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2013512561345589256",
      "created_at" : "Tue Jan 20 07:22:58 +0000 2026",
      "favorited" : false,
      "full_text" : "New export-control rule, my quick read: thresholds now keyed to total processing performance AND memory bandwidth, and cloud access from restricted countries gets a KYC requirement. The cloud part is the real change. #AI #policy",
      "lang" : "en"
    }
  }
]