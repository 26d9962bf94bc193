window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014477904438685701"
          ],
          "editableUntil" : "2026-01-23T00:18:54.942Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "quantization",
            "indices" : [
              "172",
              "185"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "11",
      "id_str" : "2014477904438685701",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014477904438685701",
      "created_at" : "Thu Jan 22 23:18:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Reasoning models are more sensitive to quantization than chat models. Long chains amplify small errors. Quantize the KV cache carefully if your model thinks for 8k tokens. #quantization",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014335420806172678"
          ],
          "editableUntil" : "2026-01-22T14:52:43.335Z",
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
        "189"
      ],
      "favorite_count" : "12",
      "id_str" : "2014335420806172678",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014335420806172678",
      "created_at" : "Thu Jan 22 13:52:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Mixed precision trick that keeps saving me: keep the first and last two layers in bf16 and quantize everything else to fp8. Recovers most of the quality loss on small models for ~3% memory.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014249583982604297"
          ],
          "editableUntil" : "2026-01-22T09:11:38.509Z",
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
            "name" : "Devon Park",
            "screen_name" : "devon_kv",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "694725821988521704",
            "id" : "694725821988521704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "2014249583982604297",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014249583982604297",
      "created_at" : "Thu Jan 22 08:11:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @devon_kv: KV cache math people skip: a 70B model with GQA (8 KV heads, head dim 128, 80 layers) at fp16 is ~320 KB per token. 32k…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014106886678769666"
          ],
          "editableUntil" : "2026-01-21T23:44:36.234Z",
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
        "176"
      ],
      "favorite_count" : "24",
      "id_str" : "2014106886678769666",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014106886678769666",
      "created_at" : "Wed Jan 21 22:44:36 +0000 2026",
      "favorited" : false,
      "full_text" : "FP4 on the new Blackwell parts is real, but calibration is fiddly. Got 1.9x over fp8 on a 70B with &lt;1 pt quality loss after two days of tuning. Out of the box it was -4 pts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013904060463513611"
          ],
          "editableUntil" : "2026-01-21T10:18:39.662Z",
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
        "142"
      ],
      "favorite_count" : "28",
      "id_str" : "2013904060463513611",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013904060463513611",
      "created_at" : "Wed Jan 21 09:18:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Friendly reminder that \"runs on a laptop\" demos usually mean 4-bit, 2k context and one user. Still cool! Just not the same product as the API.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013639414604742668"
          ],
          "editableUntil" : "2026-01-20T16:47:02.684Z",
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
            "name" : "Devon Park",
            "screen_name" : "devon_kv",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "694725821988521704",
            "id" : "694725821988521704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "134"
      ],
      "favorite_count" : "22",
      "id_str" : "2013639414604742668",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013639414604742668",
      "created_at" : "Tue Jan 20 15:47:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@devon_kv agreed on fp8 KV. One gotcha: per-head scaling factors matter. Per-tensor scaling cost us 1.5 pts on long-context retrieval.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013589288943828992",
      "in_reply_to_status_id" : "2013589288943828992",
      "in_reply_to_user_id" : "694725821988521704",
      "in_reply_to_user_id_str" : "694725821988521704",
      "in_reply_to_screen_name" : "devon_kv"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013621840632836101"
          ],
          "editableUntil" : "2026-01-20T15:37:12.566Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "quantization",
            "indices" : [
              "179",
              "192"
            ]
          },
          {
            "text" : "LLM",
            "indices" : [
              "193",
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
      "favorite_count" : "122",
      "id_str" : "2013621840632836101",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2013621840632836101",
      "created_at" : "Tue Jan 20 14:37:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Quantization scoreboard from my tests on a 32B model: fp8 ≈ lossless, int8 W8A8 -0.2, int4 AWQ -1.1, int4 naive RTN -3.8 on our reasoning set. Method matters more than bit width. #quantization #LLM",
      "lang" : "en"
    }
  }
]