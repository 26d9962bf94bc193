window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014377584495140869"
          ],
          "editableUntil" : "2026-01-22T17:40:16.091Z",
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
      "favorite_count" : "198",
      "id_str" : "2014377584495140869",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2014377584495140869",
      "created_at" : "Thu Jan 22 16:40:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Batch size tuning is not a one-time thing. Our optimal max batch changed three times in two months as the traffic mix shifted toward agent workloads with long tool outputs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014353941388021775"
          ],
          "editableUntil" : "2026-01-22T16:06:19.226Z",
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
        "222"
      ],
      "favorite_count" : "183",
      "id_str" : "2014353941388021775",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2014353941388021775",
      "created_at" : "Thu Jan 22 15:06:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Prefix caching is the most underrated cost lever of 2026. Our agent traffic shares a 6k-token system prompt; with prefix reuse the effective prefill cost fell ~58%. If your provider doesn't discount cached tokens, ask why.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014232087563681802"
          ],
          "editableUntil" : "2026-01-22T08:02:06.307Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "推理",
            "indices" : [
              "110",
              "113"
            ]
          },
          {
            "text" : "大模型",
            "indices" : [
              "114",
              "118"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "马推理",
            "screen_name" : "ma_tuili",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1239228081372897874",
            "id" : "1239228081372897874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "2014232087563681802",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014232087563681802",
      "created_at" : "Thu Jan 22 07:02:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ma_tuili: 推理优化实测：同一个 70B 模型，开启前缀缓存 + fp8 KV cache 之后，单卡并发从 18 提到 41，每千 token 成本下降约 55%。推理成本下降的速度比大多数人想象得快。#推理 #大模型",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014180565371568135"
          ],
          "editableUntil" : "2026-01-22T04:37:23.045Z",
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
              "216",
              "220"
            ]
          },
          {
            "text" : "inference",
            "indices" : [
              "221",
              "231"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "38",
      "id_str" : "2014180565371568135",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014180565371568135",
      "created_at" : "Thu Jan 22 03:37:23 +0000 2026",
      "favorited" : false,
      "full_text" : "KV cache math people skip: a 70B model with GQA (8 KV heads, head dim 128, 80 layers) at fp16 is ~320 KB per token. 32k context x 64 concurrent users = ~687 GB. Long context is a memory problem, not a FLOPs problem. #LLM #inference",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014079091333046278"
          ],
          "editableUntil" : "2026-01-21T21:54:09.656Z",
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
        "221"
      ],
      "favorite_count" : "225",
      "id_str" : "2014079091333046278",
      "truncated" : false,
      "retweet_count" : "50",
      "id" : "2014079091333046278",
      "created_at" : "Wed Jan 21 20:54:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Speculative decoding with a 1B draft model gave us 2.1x on code completion and basically 1.0x on creative writing. Acceptance rate is everything, and it's domain-dependent. Measure on your own traffic, not on a blog post.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014059212094808074"
          ],
          "editableUntil" : "2026-01-21T20:35:10.745Z",
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
        "103"
      ],
      "favorite_count" : "39",
      "id_str" : "2014059212094808074",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014059212094808074",
      "created_at" : "Wed Jan 21 19:35:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Tried making ramen broth from scratch. 11 hours of simmering for one tiny pot. Worth it? Honestly, yes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013966822406635529"
          ],
          "editableUntil" : "2026-01-21T14:28:02.250Z",
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
        "208"
      ],
      "favorite_count" : "79",
      "id_str" : "2013966822406635529",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2013966822406635529",
      "created_at" : "Wed Jan 21 13:28:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Paged attention fragmentation bit us today: 18% of KV blocks were allocated but idle because of abandoned streaming sessions. Added a 90s idle eviction and freed room for 22 more concurrent requests per node.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013696651573956619"
          ],
          "editableUntil" : "2026-01-20T20:34:29.809Z",
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
            "name" : "Felix Wagner",
            "screen_name" : "felix_fp8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1222711923048234355",
            "id" : "1222711923048234355"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "212"
      ],
      "favorite_count" : "359",
      "id_str" : "2013696651573956619",
      "truncated" : false,
      "retweet_count" : "94",
      "id" : "2013696651573956619",
      "created_at" : "Tue Jan 20 19:34:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@felix_fp8 matches what we see. The \"naive RTN -3.8\" number is the one people should frame on the wall. We lost a week once because someone benchmarked int4 without calibration and declared quantization \"broken\".",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013621840632836101",
      "in_reply_to_status_id" : "2013621840632836101",
      "in_reply_to_user_id" : "1222711923048234355",
      "in_reply_to_user_id_str" : "1222711923048234355",
      "in_reply_to_screen_name" : "felix_fp8"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013678854346674181"
          ],
          "editableUntil" : "2026-01-20T19:23:45.103Z",
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
            "url" : "https://t.co/DKGwWiSlcZ",
            "expanded_url" : "https://twitter.com/i/web/status/2013678854346674181",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "245",
              "268"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "268"
      ],
      "favorite_count" : "139",
      "id_str" : "2013678854346674181",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013678854346674181",
      "created_at" : "Tue Jan 20 18:23:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Since a lot of people asked after my KV cache post, here is the longer version of how we budget GPU memory for an inference node.\n\n1) Weights first. A 70B model at fp8 is ~70 GB. On an 8x H100 node with tensor parallel 8, that's under 9 GB per… https://t.co/DKGwWiSlcZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013590623262298119"
          ],
          "editableUntil" : "2026-01-20T13:33:09.973Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "inference",
            "indices" : [
              "171",
              "181"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "55",
      "id_str" : "2013590623262298119",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013590623262298119",
      "created_at" : "Tue Jan 20 12:33:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Chunked prefill finally landed in our serving stack. Long prompts no longer stall short ones; p99 time-to-first-token for chat dropped from 2.4s to 0.9s under mixed load. #inference",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013589288943828992"
          ],
          "editableUntil" : "2026-01-20T13:27:51.798Z",
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
      "favorite_count" : "248",
      "id_str" : "2013589288943828992",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "2013589288943828992",
      "created_at" : "Tue Jan 20 12:27:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Moved our KV cache to fp8 last week. Quality on our internal QA set dropped 0.3 pts, throughput went up 1.7x on the same H100 boxes. I will take that trade every single day.",
      "lang" : "en"
    }
  }
]