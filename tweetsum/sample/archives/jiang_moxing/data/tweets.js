window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014431100965801985"
          ],
          "editableUntil" : "2026-01-22T21:12:55.682Z",
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
        "60"
      ],
      "favorite_count" : "40",
      "id_str" : "2014431100965801985",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2014431100965801985",
      "created_at" : "Thu Jan 22 20:12:55 +0000 2026",
      "favorited" : false,
      "full_text" : "小模型进步速度惊人：现在 8B 模型在很多任务上已经达到两年前 70B 模型的水平。对大多数企业场景来说，小模型够用了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014332752842764291"
          ],
          "editableUntil" : "2026-01-22T14:42:07.611Z",
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
        "63"
      ],
      "favorite_count" : "49",
      "id_str" : "2014332752842764291",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2014332752842764291",
      "created_at" : "Thu Jan 22 13:42:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@lena_evals 和我们的结论一致：公开基准分数很高的模型，在训练截止日期之后的新题上表现明显下降。中文题目的降幅更大。",
      "lang" : "zh",
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
            "2014324163349094406"
          ],
          "editableUntil" : "2026-01-22T14:07:59.362Z",
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
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2014324163349094406",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2014324163349094406",
      "created_at" : "Thu Jan 22 13:07:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @lena_evals: New internal eval result: three frontier models all score above 90% on the popular public coding benchmark, and 41-63% on…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014293516222246912"
          ],
          "editableUntil" : "2026-01-22T12:06:12.694Z",
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
            "name" : "Rohan Mehta",
            "screen_name" : "rohan_research",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1359168943816177637",
            "id" : "1359168943816177637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "62"
      ],
      "favorite_count" : "1025",
      "id_str" : "2014293516222246912",
      "truncated" : false,
      "retweet_count" : "149",
      "id" : "2014293516222246912",
      "created_at" : "Thu Jan 22 11:06:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@rohan_research 两种都有，但第二种更多，大约占四成：模型已经算对了，又自我怀疑改错了。循环的情况大概占两成。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014250690486329353",
      "in_reply_to_status_id" : "2014250690486329353",
      "in_reply_to_user_id" : "1359168943816177637",
      "in_reply_to_user_id_str" : "1359168943816177637",
      "in_reply_to_screen_name" : "rohan_research"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014240602402885635"
          ],
          "editableUntil" : "2026-01-22T08:35:57.483Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "大模型",
            "indices" : [
              "77",
              "81"
            ]
          },
          {
            "text" : "LLM",
            "indices" : [
              "82",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "76",
      "id_str" : "2014240602402885635",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2014240602402885635",
      "created_at" : "Thu Jan 22 07:35:57 +0000 2026",
      "favorited" : false,
      "full_text" : "推理模型的一个现象：思考链越长，准确率先升后降。我们的测试里，数学题思考超过 12k token 之后，准确率反而下降了 4 个点。过度思考是真实存在的。#大模型 #LLM",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014022955286298639"
          ],
          "editableUntil" : "2026-01-21T18:11:05.912Z",
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
        "51"
      ],
      "favorite_count" : "35",
      "id_str" : "2014022955286298639",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014022955286298639",
      "created_at" : "Wed Jan 21 17:11:05 +0000 2026",
      "favorited" : false,
      "full_text" : "中文评测集的污染比英文更严重，因为很多题目来自公开考试真题，网上到处都是。我们现在只信任自己出的新题。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013791779233869832"
          ],
          "editableUntil" : "2026-01-21T02:52:29.353Z",
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
        "54"
      ],
      "favorite_count" : "69",
      "id_str" : "2013791779233869832",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013791779233869832",
      "created_at" : "Wed Jan 21 01:52:29 +0000 2026",
      "favorited" : false,
      "full_text" : "强化学习训练推理模型，奖励设计比算法选择更重要。奖励稍微有漏洞，模型就会找捷径，比如只输出格式正确的空答案。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013733702662746118"
          ],
          "editableUntil" : "2026-01-20T23:01:42.712Z",
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
            "url" : "https://t.co/gmJQWeLYKI",
            "expanded_url" : "https://twitter.com/i/web/status/2013733702662746118",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "143",
              "166"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "23",
      "id_str" : "2013733702662746118",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013733702662746118",
      "created_at" : "Tue Jan 20 22:01:42 +0000 2026",
      "favorited" : false,
      "full_text" : "回答一下评论区关于“过度思考”的问题，展开说说我们的观察：\n\n我们用同一个推理模型，在 800 道数学题上强制设定不同的思考预算，从 2k 到 32k token。准确率在 8k 左右达到峰值，之后开始下降，到 32k 时比峰值低了将近 6 个点。\n\n看了几百条长思考的样本，主要有… https://t.co/gmJQWeLYKI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013454305058156547"
          ],
          "editableUntil" : "2026-01-20T04:31:29.473Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "开源",
            "indices" : [
              "45",
              "48"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/shoFyX7ia8",
            "expanded_url" : "https://twitter.com/ollie_weights/status/2013415971934560270",
            "display_url" : "twitter.com/ollie_weights/s…",
            "indices" : [
              "49",
              "72"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "139",
      "id_str" : "2013454305058156547",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2013454305058156547",
      "created_at" : "Tue Jan 20 03:31:29 +0000 2026",
      "favorited" : false,
      "full_text" : "我赌同样的结果，而且可能不用等到第三季度。国内几家实验室的 MoE 训练效率已经非常高了。#开源 https://t.co/shoFyX7ia8",
      "lang" : "zh",
      "quoted_status_id_str" : "2013415971934560270"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013445863142699014"
          ],
          "editableUntil" : "2026-01-20T03:57:56.764Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "大模型",
            "indices" : [
              "69",
              "73"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "50",
      "id_str" : "2013445863142699014",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013445863142699014",
      "created_at" : "Tue Jan 20 02:57:56 +0000 2026",
      "favorited" : false,
      "full_text" : "最近在做长上下文的评测，发现很多模型号称支持 128k，但在 64k 之后的信息检索准确率断崖式下降。宣传的上下文长度和可用长度是两回事。#大模型",
      "lang" : "zh"
    }
  }
]